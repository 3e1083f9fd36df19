import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../../database/base.entity';
import { CycleStatus } from './cycle-enums';

/** 考核周期, e.g. 2023年度根河市社会信用体系建设考核: one published system version, one task list. */
@ObjectType({ description: '考核周期' })
@Entity('assessment_cycle')
export class AssessmentCycle extends BaseEntity {
  @Field(() => String)
  @Column('varchar', { length: 200 })
  name: string;

  @Field(() => Int)
  @Index('ix_cycle_year')
  @Column('int')
  year: number;

  @Field(() => String, { description: '指标体系标识' })
  @Column('varchar', { length: 64 })
  systemKey: string;

  @Field(() => Int, { description: '使用的已发布指标体系版本号' })
  @Column('int')
  systemVersion: number;

  @Field(() => String, { nullable: true, description: '任务清单标识，如 genhe-tasks-2023' })
  @Column('varchar', { length: 64, nullable: true })
  taskListKey: string | null;

  @Field(() => CycleStatus)
  @Column('varchar', { length: 32 })
  status: CycleStatus;

  @Field(() => Boolean, { description: '单位负责人须先审核签字，再报信用办' })
  @Column('boolean')
  requiresApproverSignOff: boolean;
}
