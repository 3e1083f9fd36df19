import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../../database/base.entity';

/**
 * The due date of one assignment in one period, computed from the task's deadline rule and the
 * working calendar and stored (recomputed for unclosed periods when the calendar changes). A row
 * exists exactly for the periods in which the task has to be reported.
 */
@ObjectType({ description: '任务期次截止日期' })
@Entity('task_due')
@Index('uq_task_due', ['assignmentId', 'periodId'], { unique: true })
@Index('ix_task_due_unit_period', ['unitId', 'periodId'])
export class TaskDue extends BaseEntity {
  @Field(() => ID)
  @Column('varchar', { length: 36 })
  assignmentId: string;

  @Field(() => ID)
  @Index('ix_task_due_period')
  @Column('varchar', { length: 36 })
  periodId: string;

  /** copied from the assignment so per-unit lists need no join */
  @Field(() => ID)
  @Column('varchar', { length: 36 })
  unitId: string;

  @Field(() => ID)
  @Column('varchar', { length: 36 })
  taskId: string;

  @Field(() => String, { nullable: true, description: '截止日期 YYYY-MM-DD；持续推进或按事件计时的为空' })
  @Column('varchar', { length: 10, nullable: true })
  dueDate: string | null;
}
