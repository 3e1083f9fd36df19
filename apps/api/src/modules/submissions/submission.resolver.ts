import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Action } from '../../common/auth/permissions';
import { PageArgs } from '../../common/pagination/page.args';
import type { RequestContext } from '../../context';
import { Period } from '../cycles/period.entity';
import { TaskDefinition } from '../task-lists/task-definition.entity';
import { Unit } from '../units/unit.entity';
import {
  SaveSubmissionDraftInput,
  SubmissionActionInput,
  SubmissionConnection,
  SubmissionFilter,
  SubmissionReasonInput,
} from './dto/submission.inputs';
import { ExemptionClaim, SubmissionFieldNote } from './submission-notes.types';
import { SubmissionTransition } from './submission-transition.entity';
import { Submission } from './submission.entity';

@Resolver(() => Submission)
export class SubmissionResolver {
  @Authorized()
  @Query(() => Submission, { description: '填报记录；单位账号只能查看本单位' })
  submission(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<Submission> {
    return ctx.services.submissions.get(ctx, id);
  }

  @Authorized(Action.SUBMISSION_READ_ALL)
  @Query(() => SubmissionConnection, { description: '填报记录列表（信用办审核队列）' })
  submissions(
    @Ctx() ctx: RequestContext,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => SubmissionFilter, { nullable: true }) filter?: SubmissionFilter | null,
  ): Promise<SubmissionConnection> {
    return ctx.services.submissions.list(ctx, filter ?? {}, page);
  }

  @Authorized(Action.SUBMISSION_FILL)
  @Query(() => SubmissionConnection, { description: '本单位的填报记录' })
  mySubmissions(
    @Ctx() ctx: RequestContext,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => SubmissionFilter, { nullable: true }) filter?: SubmissionFilter | null,
  ): Promise<SubmissionConnection> {
    return ctx.services.submissions.mine(ctx, filter ?? {}, page);
  }

  @Authorized(Action.SUBMISSION_FILL, Action.MONITORING_ENTER)
  @Mutation(() => Submission, { description: '保存草稿（新建或修改草稿、已退回的填报）' })
  saveSubmissionDraft(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => SaveSubmissionDraftInput) input: SaveSubmissionDraftInput,
  ): Promise<Submission> {
    return ctx.services.submissions.saveDraft(ctx, input);
  }

  @Authorized(Action.SUBMISSION_FILL, Action.MONITORING_ENTER)
  @Mutation(() => Submission, {
    description: '报送（草稿）或重新报送（已退回）；须单位负责人审核的周期先进入待审核',
  })
  submitSubmission(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => SubmissionActionInput) input: SubmissionActionInput,
  ): Promise<Submission> {
    return ctx.services.submissions.submit(
      ctx,
      input.submissionId,
      input.expectedVersion,
      input.idempotencyKey,
    );
  }

  @Authorized(Action.SUBMISSION_APPROVE)
  @Mutation(() => Submission, { description: '单位负责人审核签字，报信用办' })
  approverSignOff(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => SubmissionActionInput) input: SubmissionActionInput,
  ): Promise<Submission> {
    return ctx.services.submissions.approverSignOff(
      ctx,
      input.submissionId,
      input.expectedVersion,
      input.comment,
    );
  }

  @Authorized(Action.SUBMISSION_APPROVE)
  @Mutation(() => Submission, { description: '单位负责人驳回给填报人（须写明原因）' })
  approverReject(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => SubmissionReasonInput) input: SubmissionReasonInput,
  ): Promise<Submission> {
    return ctx.services.submissions.approverReject(
      ctx,
      input.submissionId,
      input.expectedVersion,
      input.reason,
      input.fieldNotes,
    );
  }

  @Authorized(Action.SUBMISSION_REVIEW)
  @Mutation(() => Submission, { description: '信用办审核通过；通过后锁定' })
  approveSubmission(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => SubmissionActionInput) input: SubmissionActionInput,
  ): Promise<Submission> {
    return ctx.services.submissions.approve(
      ctx,
      input.submissionId,
      input.expectedVersion,
      input.comment,
      input.exemptionDecisions,
      input.idempotencyKey,
    );
  }

  @Authorized(Action.SUBMISSION_REVIEW)
  @Mutation(() => Submission, { description: '信用办退回（须写明原因）' })
  returnSubmission(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => SubmissionReasonInput) input: SubmissionReasonInput,
  ): Promise<Submission> {
    return ctx.services.submissions.returnToUnit(
      ctx,
      input.submissionId,
      input.expectedVersion,
      input.reason,
      input.fieldNotes,
    );
  }

  @Authorized(Action.SUBMISSION_REVIEW)
  @Mutation(() => Submission, { description: '重新打开已通过的填报（须写明原因），状态变为已退回' })
  reopenSubmission(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => SubmissionReasonInput) input: SubmissionReasonInput,
  ): Promise<Submission> {
    return ctx.services.submissions.reopen(
      ctx,
      input.submissionId,
      input.expectedVersion,
      input.reason,
      input.fieldNotes,
    );
  }

  @FieldResolver(() => [SubmissionTransition], { description: '状态变更记录（按时间先后）' })
  transitions(@Root() submission: Submission, @Ctx() ctx: RequestContext): Promise<SubmissionTransition[]> {
    return ctx.services.submissions.transitions(ctx, submission);
  }

  @FieldResolver(() => [SubmissionFieldNote], { description: '最近一次退回或重新打开时针对填报项的意见' })
  lastFieldNotes(@Root() submission: Submission): SubmissionFieldNote[] {
    return submission.lastFieldNotes ?? [];
  }

  @FieldResolver(() => [ExemptionClaim], { description: '免责申请及信用办的认定' })
  exemptionClaims(@Root() submission: Submission): ExemptionClaim[] {
    return submission.exemptionClaims ?? [];
  }

  @FieldResolver(() => TaskDefinition, { nullable: true })
  task(@Root() submission: Submission, @Ctx() ctx: RequestContext): Promise<TaskDefinition | null> {
    return ctx.loaders.taskById.load(submission.taskId);
  }

  @FieldResolver(() => Period, { nullable: true })
  period(@Root() submission: Submission, @Ctx() ctx: RequestContext): Promise<Period | null> {
    return ctx.loaders.periodById.load(submission.periodId);
  }

  /** Readers of a submission may read its unit (its own unit for unit users). */
  @FieldResolver(() => Unit, { nullable: true })
  unit(@Root() submission: Submission, @Ctx() ctx: RequestContext): Promise<Unit | null> {
    return ctx.loaders.unitById.load(submission.unitId);
  }
}
