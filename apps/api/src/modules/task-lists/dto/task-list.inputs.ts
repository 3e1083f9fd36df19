import { Length, Max, Min } from 'class-validator';
import { GraphQLJSON } from 'graphql-scalars';
import { ArgsType, Field, ID, Int } from 'type-graphql';

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
