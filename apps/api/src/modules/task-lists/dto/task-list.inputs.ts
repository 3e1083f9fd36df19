import { IsOptional, Length, Max, MaxLength, Min } from 'class-validator';
import { GraphQLJSON } from 'graphql-scalars';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';

@ArgsType()
export class DueDatePreviewArgs {
  @Field(() => GraphQLJSON, { description: '完成时限规则，如 { "kind": "MONTHLY", "day": 4 }' })
  rule: unknown;

  @Field(() => Int)
  @Min(2000, { message: '年度不正确' })
  @Max(2100, { message: '年度不正确' })
  year: number;
}

@ArgsType()
export class BulkAssignArgs {
  @Field(() => ID)
  cycleId: string;

  @Field(() => ID)
  taskId: string;

  @Field(() => String, { description: '单位分类标签，如 LICENSING_PENALTY' })
  @Length(1, 64, { message: '单位分类标签不能为空' })
  unitClass: string;
}

/** create: the cycle has no task list yet; replace: swap the cycle's list (only before anything is filled in). */
export type TaskListImportMode = 'create' | 'replace';

@InputType({ description: '修改任务定义；只传要修改的字段' })
export class UpdateTaskDefinitionInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: '读取时的 version' })
  expectedVersion: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 200, { message: '任务名称应为1–200字' })
  title?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(100, { message: '任务类别不能超过100字' })
  category?: string | null;

  @Field(() => String, { nullable: true, description: '任务原文' })
  @IsOptional()
  @MaxLength(5000, { message: '任务原文不能超过5000字' })
  sourceText?: string | null;

  @Field(() => String, { nullable: true, description: '目标，如 合规率99%以上' })
  @IsOptional()
  @MaxLength(500, { message: '目标不能超过500字' })
  target?: string | null;

  @Field(() => GraphQLJSON, { nullable: true, description: '完成时限规则；不传而传 deadlineText 时按原文解析' })
  deadline?: unknown;

  @Field(() => String, { nullable: true, description: '完成时限原文' })
  @IsOptional()
  @MaxLength(500, { message: '完成时限原文不能超过500字' })
  deadlineText?: string | null;

  @Field(() => GraphQLJSON, { nullable: true, description: '填报项（InputField[]）' })
  inputs?: unknown;

  @Field(() => GraphQLJSON, { nullable: true, description: '佐证材料要求 { description, minCount, kinds? }；传 null 表示不要求' })
  evidence?: unknown;

  @Field(() => String, { nullable: true, description: '数据来源：UNIT_REPORT（单位填报）或监测类来源（信用办、第三方录入）' })
  @IsOptional()
  dataSource?: string | null;
}
