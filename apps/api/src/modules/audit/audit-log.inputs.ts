import { IsOptional, MaxLength } from 'class-validator';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { Connection } from '../../common/pagination/connection.type';
import { AuditLog } from './audit-log.entity';

@InputType({ description: '审计日志筛选条件' })
export class AuditLogFilter {
  @Field(() => ID, { nullable: true, description: '操作人账号' })
  actorId?: string | null;

  @Field(() => ID, { nullable: true })
  unitId?: string | null;

  @Field(() => String, { nullable: true, description: '实体名，如 Unit、Account' })
  @IsOptional()
  @MaxLength(64)
  entity?: string | null;

  @Field(() => ID, { nullable: true })
  entityId?: string | null;

  @Field(() => String, { nullable: true, description: '操作，如 CREATE、UPDATE' })
  action?: string | null;

  @Field(() => Date, { nullable: true, description: '起始时间（含）' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: '截止时间（不含）' })
  to?: Date | null;
}

@ObjectType()
export class AuditLogConnection extends Connection(AuditLog) {}
