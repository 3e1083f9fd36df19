import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../../database/base.entity';

/**
 * A read-only API token (for leadership's BI tools). The secret lives as an API_TOKEN session
 * (only its SHA-256 stored there, fixed expiry, revocation and deactivation handled like any
 * session); this row gives it a name and an owner to list it by.
 */
@ObjectType({ description: 'API 令牌（只读）' })
@Entity('api_token')
export class ApiToken extends BaseEntity {
  @Field(() => String, { description: '名称，如 BI 报表' })
  @Column('varchar', { length: 100 })
  name: string;

  @Index('ix_api_token_account')
  @Column('varchar', { length: 36 })
  accountId: string;

  @Index('uq_api_token_session', { unique: true })
  @Column('varchar', { length: 36 })
  sessionId: string;

  @Field(() => Date, { description: '到期时间（不随使用顺延）' })
  @Column('datetime', { precision: 3 })
  expiresAt: Date;

  /** filled from the session when listed: revoked directly, by a password change or by deactivation */
  @Field(() => Date, { nullable: true, description: '撤销时间' })
  revokedAt?: Date | null;

  @Field(() => Boolean, { description: '是否仍可使用（未撤销且未到期）' })
  active?: boolean;
}
