import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Connection } from '../../../common/pagination/connection.type';

@ObjectType({ description: '单位任务矩阵的一行：单位的任务数（按完成时限类型）与本期应报数' })
export class TaskMatrixRow {
  @Field(() => ID)
  unitId: string;

  @Field(() => String)
  unitName: string;

  @Field(() => String)
  unitCode: string;

  @Field(() => Int, { description: '分配给该单位的任务数' })
  tasks: number;

  @Field(() => Int, { description: '按月（含“决定之日起N个工作日内”等按事件计时、按月统计的）' })
  monthly: number;

  @Field(() => Int)
  quarterly: number;

  @Field(() => Int)
  annual: number;

  @Field(() => Int, { description: '限期完成（固定日期）' })
  once: number;

  @Field(() => Int, { description: '持续推进' })
  continuous: number;

  @Field(() => Int, { description: '所选期次应报的任务数（未指定期次为 0）' })
  inPeriod: number;
}

@ObjectType()
export class TaskMatrixPage extends Connection(TaskMatrixRow) {
  @Field(() => Int, { description: '有任务的单位数（不受查找条件影响）' })
  assignedUnits: number;

  @Field(() => Int, { description: '单位总数（该类单位，未归档）' })
  unitTotal: number;

  @Field(() => Int, { description: '任务分配总数' })
  assignments: number;
}
