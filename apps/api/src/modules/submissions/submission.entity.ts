import type { InputValues } from '@govtrust/indicators';
import { GraphQLJSON } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../../database/base.entity';
import { SubmissionAuthor, SubmissionState } from './submission-enums';
import type { ExemptionClaim, SubmissionFieldNote } from './submission-notes.types';

/** One unit's data for one task in one period (填报), moved through its states by SubmissionService. */
@ObjectType({ description: '填报记录' })
@Entity('submission')
@Index('uq_submission_unit_task_period', ['unitId', 'taskId', 'periodId'], { unique: true })
@Index('ix_submission_period_state', ['periodId', 'state'])
export class Submission extends BaseEntity {
  @Field(() => ID)
  @Index('ix_submission_unit')
  @Column('varchar', { length: 36 })
  unitId: string;

  @Field(() => ID)
  @Index('ix_submission_task')
  @Column('varchar', { length: 36 })
  taskId: string;

  @Field(() => ID)
  @Column('varchar', { length: 36 })
  assignmentId: string;

  @Field(() => ID)
  @Column('varchar', { length: 36 })
  periodId: string;

  @Field(() => SubmissionState)
  @Column('varchar', { length: 32 })
  state: SubmissionState;

  @Field(() => GraphQLJSON, { description: '填报值，按填报项 key' })
  @Column('simple-json')
  values: InputValues;

  @Field(() => [ID], { description: '佐证材料 id' })
  @Column('simple-json')
  evidenceIds: string[];

  @Field(() => Date, { nullable: true, description: '首次报送时间（用于计算迟报）' })
  @Column('datetime', { precision: 3, nullable: true })
  submittedAt: Date | null;

  @Field(() => Boolean, { description: '首次报送是否迟于截止日期' })
  @Column('boolean')
  late: boolean;

  @Field(() => Int, { description: '迟报天数（自然日）' })
  @Column('int')
  lateDays: number;

  @Field(() => Int, { description: '迟报工作日数' })
  @Column('int')
  lateWorkingDays: number;

  @Field(() => Int, { description: '被退回次数' })
  @Column('int')
  returnCount: number;

  @Field(() => SubmissionAuthor)
  @Column('varchar', { length: 32 })
  authorRole: SubmissionAuthor;

  @Field(() => ID, { nullable: true })
  @Column('varchar', { length: 36, nullable: true })
  authorId: string | null;

  @Field(() => String, { nullable: true, description: '最近一次退回或重新打开的原因' })
  @Column('varchar', { length: 1000, nullable: true })
  lastReason: string | null;

  /** this and exemptionClaims are exposed through the resolver, as [] when null */
  @Column('simple-json', { nullable: true })
  lastFieldNotes: SubmissionFieldNote[] | null;

  @Column('simple-json', { nullable: true })
  exemptionClaims: ExemptionClaim[] | null;
}
