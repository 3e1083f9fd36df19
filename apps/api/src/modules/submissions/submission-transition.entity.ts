import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { Role } from '../../common/auth/roles';
import { AppendOnlyEntity } from '../../database/base.entity';
import { SubmissionState } from './submission-enums';
import { SubmissionFieldNote } from './submission-notes.types';

/** Append-only history of a submission's states; `seq` orders rows written in the same millisecond. */
@ObjectType({ description: '填报状态变更记录' })
@Entity('submission_transition')
@Index('ix_submission_transition', ['submissionId', 'seq'])
export class SubmissionTransition extends AppendOnlyEntity {
  @Field(() => ID)
  @Column('varchar', { length: 36 })
  submissionId: string;

  @Field(() => Int, { description: '顺序号（变更后的版本号）' })
  @Column('int')
  seq: number;

  @Field(() => SubmissionState)
  @Column('varchar', { length: 32 })
  fromState: SubmissionState;

  @Field(() => SubmissionState)
  @Column('varchar', { length: 32 })
  toState: SubmissionState;

  @Field(() => ID)
  @Column('varchar', { length: 36 })
  actorId: string;

  @Field(() => Role)
  @Column('varchar', { length: 32 })
  role: Role;

  @Field(() => String, { nullable: true })
  @Column('varchar', { length: 1000, nullable: true })
  comment: string | null;

  @Field(() => [SubmissionFieldNote], { nullable: true, description: '退回时针对填报项的意见' })
  @Column('simple-json', { nullable: true })
  fieldNotes: SubmissionFieldNote[] | null;

  @Field(() => Date, { description: '变更时间' })
  get at(): Date {
    return this.createdAt;
  }
}
