import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { Role } from '../../common/auth/roles';
import { BaseEntity } from '../../database/base.entity';

@ObjectType({ description: '账号' })
@Entity('account')
export class Account extends BaseEntity {
  @Field(() => String)
  @Index('uq_account_username', { unique: true })
  @Column('varchar', { length: 64 })
  username: string;

  @Field(() => String)
  @Column('varchar', { length: 100 })
  displayName: string;

  @Field(() => Role)
  @Column('varchar', { length: 32 })
  role: Role;

  /** required for UNIT_* roles: the only unit such an account may touch */
  @Field(() => ID, { nullable: true })
  @Index('ix_account_unit')
  @Column('varchar', { length: 36, nullable: true })
  unitId: string | null;

  @Column('varchar', { length: 100 })
  passwordHash: string;

  @Field(() => Boolean)
  @Column('boolean', { default: true })
  active: boolean;

  @Field(() => Int, { description: '连续登录失败次数' })
  @Column('int', { default: 0 })
  failedLogins: number;

  @Field(() => Date, { nullable: true, description: '锁定截止时间' })
  @Column('datetime', { precision: 3, nullable: true })
  lockedUntil: Date | null;

  @Field(() => Boolean, { description: '下次登录须修改密码' })
  @Column('boolean', { default: false })
  mustChangePassword: boolean;

  @Field(() => Date, { nullable: true })
  @Column('datetime', { precision: 3, nullable: true })
  lastLoginAt: Date | null;
}
