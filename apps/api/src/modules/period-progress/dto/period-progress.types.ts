import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Connection } from '../../../common/pagination/connection.type';

/** Counts over the (unit, task) pairs a period expects: one row of task_due each. */
@ObjectType({ description: '报送进度计数' })
export class ProgressCounts {
  @Field(() => Int, { description: '应报（本期有截止日期记录的任务数）' })
  expected: number;

  @Field(() => Int, { description: '已报送（已报送、已重新报送、已退回、已通过）' })
  submitted: number;

  @Field(() => Int)
  approved: number;

  @Field(() => Int)
  returned: number;

  @Field(() => Int, { description: '未报送（无记录、草稿或待单位负责人审核）' })
  missing: number;

  @Field(() => Int, { description: '未报送且已过截止日期' })
  overdue: number;
}

@ObjectType({ description: '同一截止日期的任务' })
export class DeadlineGroup {
  @Field(() => String, { description: 'YYYY-MM-DD' })
  dueDate: string;

  @Field(() => Int)
  tasks: number;

  @Field(() => Int, { description: '其中未报送的' })
  open: number;
}

@ObjectType({ description: '期次报送总览' })
export class PeriodProgressSummary extends ProgressCounts {
  @Field(() => ID)
  periodId: string;

  @Field(() => Int, { description: '本期有应报任务的单位数' })
  units: number;

  @Field(() => String, { description: '计算逾期所用的日期（北京时间）' })
  today: string;

  @Field(() => [DeadlineGroup], { description: '按截止日期分组，日期升序' })
  deadlines: DeadlineGroup[];
}

@ObjectType({ description: '单位报送进度' })
export class UnitProgressRow extends ProgressCounts {
  @Field(() => ID)
  unitId: string;

  @Field(() => String)
  unitName: string;

  @Field(() => String)
  unitCode: string;
}

@ObjectType()
export class UnitProgressPage extends Connection(UnitProgressRow) {}
