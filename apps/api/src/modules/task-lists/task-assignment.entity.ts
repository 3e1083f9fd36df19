import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../../database/base.entity';

/** A task on one unit's list (任务清单). */
@ObjectType({ description: '单位任务分配' })
@Entity('task_assignment')
@Index('uq_task_assignment', ['unitId', 'taskId'], { unique: true })
export class TaskAssignment extends BaseEntity {
  @Field(() => ID)
  @Index('ix_task_assignment_cycle')
  @Column('varchar', { length: 36 })
  cycleId: string;

  @Field(() => ID)
  @Column('varchar', { length: 36 })
  unitId: string;

  @Field(() => ID)
  @Index('ix_task_assignment_task')
  @Column('varchar', { length: 36 })
  taskId: string;
}
