import type { DataSource } from 'typeorm';
import { Action, can } from '../../common/auth/permissions';
import { requireCan, requireUser, type AuthContext } from '../../common/auth/guards';
import { AppError } from '../../common/errors/app-error';
import type { AuditContext } from '../audit/audit.service';
import { Period } from '../cycles/period.entity';
import type { ScoringService } from '../scores/scores.service';
import { toRecomputeJob, type RecomputeJob } from './dto/recompute-job.type';
import { ExportJobStatus, RECOMPUTE_KIND } from './export-job-enums';
import { ExportJob } from './export-job.entity';
import { visibleTo } from './job-access';
import { ExportJobProgress } from './export-job-progress';
import { failedJobPatch, worthLogging } from './job-failure';
import type { JobRunner } from './job-runner';
import { recomputeStepRow } from './recompute-job-steps';

const KEY = /^[A-Za-z0-9._:-]{8,100}$/;

/**
 * A period's recompute as a background job: started (and authorised, SCORE_COMPUTE) by a
 * mutation, run by the export jobs' runner in the job table (kind RECOMPUTE), its steps written
 * as progress. The work is `ScoringService.recomputeScores` under the starter's session, so the
 * scores, the warnings after them and the one RECOMPUTE_SCORES audit row are exactly those of the
 * synchronous mutation. Readable by its starter and the starter's role, like an export job.
 */
export class RecomputeJobService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly scores: ScoringService,
    private readonly runner: JobRunner,
    private readonly log: (error: unknown) => void = () => undefined,
  ) {}

  /** Queues the recompute; the same idempotency key (same caller) answers with the job it first started. */
  async start(ctx: AuditContext, periodId: string, idempotencyKey: string): Promise<RecomputeJob> {
    const user = requireCan(ctx, Action.SCORE_COMPUTE);
    if (!KEY.test(idempotencyKey)) throw AppError.validation([{ field: 'idempotencyKey', message: '幂等键须为8–100位字母、数字或 . _ : -' }]);
    const prior = await this.sameKey(user.id, idempotencyKey, periodId);
    if (prior) return toRecomputeJob(prior);
    if (!(await this.dataSource.getRepository(Period).existsBy({ id: periodId }))) throw AppError.notFound('期次');
    let job: ExportJob;
    try {
      const repo = this.dataSource.getRepository(ExportJob);
      // no audit row for the job itself: the recompute writes its RECOMPUTE_SCORES row when it is done
      job = await repo.save(
        repo.create({
          kind: RECOMPUTE_KIND,
          periodId,
          provisional: false,
          status: ExportJobStatus.QUEUED,
          progress: 0,
          stage: '排队中',
          processed: null,
          total: null,
          outcome: null,
          fileName: null,
          errorCode: null,
          errorMessage: null,
          finishedAt: null,
          createdById: user.id,
          createdByRole: user.role,
          idempotencyKey,
        }),
      );
    } catch (error) {
      // a concurrent retry with the same key won the insert: answer with its job
      const raced = await this.sameKey(user.id, idempotencyKey, periodId);
      if (raced) return toRecomputeJob(raced);
      throw error;
    }
    const session: AuditContext = { user, requestId: ctx.requestId, ip: ctx.ip };
    this.runner.enqueue(job.id, () => this.run(job.id, job.periodId, session));
    return toRecomputeJob(job);
  }

  /** NOT_FOUND for whoever may not read it: a job's existence is not theirs to learn. */
  async get(ctx: AuthContext, id: string): Promise<RecomputeJob> {
    const user = requireUser(ctx);
    const job = await this.dataSource.getRepository(ExportJob).findOneBy({ id, kind: RECOMPUTE_KIND });
    if (!job || !can(user, Action.SCORE_COMPUTE) || !visibleTo(job, user)) throw AppError.notFound('重新计算任务');
    return toRecomputeJob(job);
  }

  /** The caller's recomputes of the period, newest first (a page reopened finds the one still running). */
  async mine(ctx: AuthContext, periodId: string, first: number): Promise<RecomputeJob[]> {
    const user = requireCan(ctx, Action.SCORE_COMPUTE);
    const rows = await this.dataSource.getRepository(ExportJob).find({
      where: { createdById: user.id, kind: RECOMPUTE_KIND, periodId },
      order: { createdAt: 'DESC' },
      take: Math.min(Math.max(first, 1), 20),
    });
    return rows.map(toRecomputeJob);
  }

  private async sameKey(userId: string, key: string, periodId: string): Promise<ExportJob | null> {
    const prior = await this.dataSource.getRepository(ExportJob).findOneBy({ createdById: userId, idempotencyKey: key });
    if (!prior) return null;
    if (prior.kind !== RECOMPUTE_KIND || prior.periodId !== periodId) {
      throw AppError.validation([{ field: 'idempotencyKey', message: '该幂等键已用于其他任务' }]);
    }
    return prior;
  }

  private async run(id: string, periodId: string, session: AuditContext): Promise<void> {
    const repo = this.dataSource.getRepository(ExportJob);
    await repo.update({ id }, { status: ExportJobStatus.RUNNING, updatedAt: new Date() });
    const progress = new ExportJobProgress(this.dataSource, id, this.log);
    try {
      const result = await this.scores.recomputeScores(session, periodId, async (step, count) => {
        const row = recomputeStepRow(step, count);
        await progress.stage(row.percent, row.label, row.counts);
      });
      await progress.flush();
      const now = new Date();
      await repo.update(
        { id },
        {
          status: ExportJobStatus.SUCCEEDED,
          progress: 100,
          stage: '已完成',
          outcome: { computationId: result.computationId ?? null, cards: result.cards, provisional: result.provisional },
          finishedAt: now,
          updatedAt: now,
        },
      );
    } catch (error) {
      await progress.flush();
      if (worthLogging(error)) this.log(error);
      await repo.update({ id }, failedJobPatch(error, '计算失败', '重新计算失败，请稍后重试或联系管理员', new Date()));
    }
  }
}
