import { GraphQLJSON } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Period } from '../../cycles/period.entity';
import { SubmissionState } from '../../submissions/submission-enums';
import { TaskDefinition } from '../task-definition.entity';

@ObjectType({ description: '本单位待办任务（某期次）' })
export class MyTask {
  @Field(() => ID)
  assignmentId: string;

  @Field(() => TaskDefinition)
  task: TaskDefinition;

  @Field(() => Period)
  period: Period;

  @Field(() => String, { nullable: true, description: '截止日期 YYYY-MM-DD' })
  dueDate: string | null;

  @Field(() => Int, { nullable: true, description: '距截止日期的天数，已过期为负数' })
  daysLeft: number | null;

  @Field(() => Boolean, { description: '已过截止日期且尚未报送' })
  overdue: boolean;

  @Field(() => Boolean, { description: '迟报（已迟报送或已逾期未报）' })
  late: boolean;

  @Field(() => String, { nullable: true })
  target: string | null;

  @Field(() => ID, { nullable: true })
  submissionId: string | null;

  @Field(() => SubmissionState)
  submissionState: SubmissionState;

  @Field(() => Int, { nullable: true, description: '填报记录的 version（保存、报送时带上）' })
  submissionVersion: number | null;
}

@ObjectType({ description: '任务清单导入结果' })
export class TaskListImportResult {
  @Field(() => Int)
  tasks: number;

  @Field(() => Int)
  assignments: number;

  @Field(() => Int, { description: '生成的期次截止日期条数' })
  dues: number;
}

@ObjectType({ description: '截止日期预览' })
export class DueDatePreviewRow {
  @Field(() => String)
  label: string;

  @Field(() => String)
  periodKind: string;

  @Field(() => Int)
  index: number;

  @Field(() => String, { nullable: true })
  dueDate: string | null;
}

@ObjectType({ description: '单位的一项任务及各期截止日期' })
export class UnitTask {
  @Field(() => ID)
  assignmentId: string;

  @Field(() => TaskDefinition)
  task: TaskDefinition;

  @Field(() => GraphQLJSON, { description: '[{ periodId, dueDate }]' })
  dues: Array<{ periodId: string; dueDate: string | null }>;
}

@ObjectType({ description: '完成时限原文的解析结果：rule 与 error 二者有一' })
export class ParsedDeadlineText {
  @Field(() => GraphQLJSON, { nullable: true, description: '完成时限规则' })
  rule: unknown;

  @Field(() => String, { nullable: true, description: 'EXACT 原文写明；GUESSED 原文未写明日期，按惯例推定，请核对' })
  confidence: string | null;

  @Field(() => String, { nullable: true, description: '无法识别时的说明' })
  error: string | null;
}
