import { IsOptional, Length, Matches } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Role } from '../../../common/auth/roles';
import { Connection } from '../../../common/pagination/connection.type';
import { Account } from '../account.entity';

@InputType({ description: '新建账号' })
export class CreateAccountInput {
  @Field(() => String, { description: '用户名：字母、数字、点、下划线、连字符，3–64位' })
  @Matches(/^[A-Za-z0-9._-]{3,64}$/, { message: '用户名须为3–64位字母、数字、点、下划线或连字符' })
  username: string;

  @Field(() => String)
  @Length(1, 100, { message: '姓名不能为空且不超过100字' })
  displayName: string;

  @Field(() => Role)
  role: Role;

  @Field(() => ID, { nullable: true, description: '单位填报人、单位负责人必填' })
  unitId?: string | null;

  @Field(() => String, { description: '初始密码；首次登录须修改' })
  password: string;
}

@InputType({ description: '修改账号（须带上读取时的 version）' })
export class UpdateAccountInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  version: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 100, { message: '姓名不能为空且不超过100字' })
  displayName?: string | null;

  @Field(() => Role, { nullable: true })
  role?: Role | null;

  @Field(() => ID, { nullable: true, description: '省略则不变；传 null 解除关联' })
  unitId?: string | null;

  @Field(() => Boolean, { nullable: true })
  active?: boolean | null;
}

@InputType({ description: '账号筛选条件' })
export class AccountFilter {
  @Field(() => Role, { nullable: true })
  role?: Role | null;

  @Field(() => ID, { nullable: true })
  unitId?: string | null;

  @Field(() => Boolean, { nullable: true })
  active?: boolean | null;

  @Field(() => String, { nullable: true, description: '按用户名或姓名模糊查找' })
  search?: string | null;
}

@ObjectType()
export class AccountConnection extends Connection(Account) {}

@ObjectType({ description: '登录结果' })
export class LoginPayload {
  @Field(() => String, { description: '会话令牌，可作为 Authorization: Bearer 使用；同时已写入 httpOnly Cookie' })
  token: string;

  @Field(() => Date)
  expiresAt: Date;

  @Field(() => Account)
  account: Account;
}
