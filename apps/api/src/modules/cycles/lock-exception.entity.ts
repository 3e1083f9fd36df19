import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../../database/base.entity';

/** Lets one unit write in a period that is not open (补报), until expiresAt or revocation. */
@ObjectType({ description: '期次锁定例外（补报许可）' })
@Entity('lock_exception')
@Index('ix_lock_exception_period_unit', ['periodId', 'unitId'])
export class LockException extends BaseEntity {
  @Field(() => ID)
  @Column('varchar', { length: 36 })
  periodId: string;

  @Field(() => ID)
  @Column('varchar', { length: 36 })
  unitId: string;

  @Field(() => String)
  @Column('varchar', { length: 500 })
  reason: string;

  @Field(() => Date)
  @Column('datetime', { precision: 3 })
  expiresAt: Date;

  @Field(() => ID, { description: '批准人账号' })
  @Column('varchar', { length: 36 })
  grantedBy: string;

  @Field(() => Date, { nullable: true })
  @Column('datetime', { precision: 3, nullable: true })
  revokedAt: Date | null;
}
