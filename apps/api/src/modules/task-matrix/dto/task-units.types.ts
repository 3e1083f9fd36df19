import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Connection } from '../../../common/pagination/connection.type';

@ObjectType({ description: '任务分配面板中的一个单位：是否已分配该任务' })
export class TaskUnitRow {
  @Field(() => ID)
  unitId: string;

  @Field(() => String)
  unitCode: string;

  @Field(() => String)
  unitName: string;

  @Field(() => [String])
  classes: string[];

  @Field(() => Boolean)
  assigned: boolean;
}

@ObjectType()
export class TaskUnitPage extends Connection(TaskUnitRow) {
  @Field(() => Int, { description: '已分配该任务的单位数（不受查找条件影响）' })
  assignedCount: number;

  @Field(() => Int, { description: '可分配的单位总数（该类单位，未归档）' })
  unitTotal: number;
}

@ObjectType({ description: '某分类标签的单位数与其中尚未分配该任务的单位数' })
export class TaskClassCount {
  @Field(() => String)
  unitClass: string;

  @Field(() => Int)
  units: number;

  @Field(() => Int)
  missing: number;
}

@ObjectType({ description: '某任务已分配的单位数' })
export class TaskAssignedCount {
  @Field(() => ID)
  taskId: string;

  @Field(() => Int)
  units: number;
}
