import { GraphQLJSON } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { Role } from '../../common/auth/roles';
import { AppendOnlyEntity } from '../../database/base.entity';

/** One change, written in the same transaction as the change itself. Never updated. */
@ObjectType({ description: '审计日志' })
@Entity('audit_log')
@Index('ix_audit_entity', ['entity', 'entityId'])
@Index('ix_audit_created', ['createdAt'])
export class AuditLog extends AppendOnlyEntity {
  @Field(() => ID, { nullable: true })
  @Index('ix_audit_actor')
  @Column('varchar', { length: 36, nullable: true })
  actorId: string | null;

  @Field(() => Role, { nullable: true })
  @Column('varchar', { length: 32, nullable: true })
  actorRole: Role | null;

  @Field(() => ID, { nullable: true })
  @Index('ix_audit_unit')
  @Column('varchar', { length: 36, nullable: true })
  unitId: string | null;

  /** entity name, e.g. Unit, Account, Submission */
  @Field(() => String)
  @Column('varchar', { length: 64 })
  entity: string;

  @Field(() => String, { nullable: true })
  @Column('varchar', { length: 64, nullable: true })
  entityId: string | null;

  /** verb, e.g. CREATE, UPDATE, ARCHIVE, LOGIN, RESET_PASSWORD */
  @Field(() => String)
  @Column('varchar', { length: 64 })
  action: string;

  @Field(() => GraphQLJSON, { nullable: true })
  @Column('simple-json', { nullable: true })
  before: unknown;

  @Field(() => GraphQLJSON, { nullable: true })
  @Column('simple-json', { nullable: true })
  after: unknown;

  @Field(() => String, { nullable: true })
  @Column('varchar', { length: 64, nullable: true })
  requestId: string | null;

  @Field(() => String, { nullable: true })
  @Column('varchar', { length: 64, nullable: true })
  ip: string | null;
}
