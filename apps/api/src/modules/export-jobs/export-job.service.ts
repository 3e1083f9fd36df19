import { In, LessThan, Not, type DataSource } from 'typeorm';
import { Action, can } from '../../common/auth/permissions';
import { requireCan, requireUser, type AuthContext } from '../../common/auth/guards';
import type { SessionUser } from '../../common/auth/session-user';
import { AppError } from '../../common/errors/app-error';
import { ErrorCode } from '../../common/errors/error-codes';
import type { AuditContext, AuditService } from '../audit/audit.service';
import type { ExportService } from '../exports/export.service';
import { ExportKind, SCORE_EXPORT_KINDS } from '../exports/export-kind';
import { DOCX_MIME, packReport, reportFileName, workbookWriters, XLSX_MIME } from '../exports/export-writers';
import type { ReportContext } from '../scores/score-reports.service';
import { createCurrentCardsLoader, createPublishedCardsLoader } from '../scores/score.loader';
import type { StartExportInput } from './dto/export-job.inputs';
import { ExportJobStatus, RECOMPUTE_KIND } from './export-job-enums';
import { ExportJob } from './export-job.entity';
import { visibleTo } from './job-access';
import type { ExportJobFiles } from './export-job-files';
import { ExportJobProgress } from './export-job-progress';
import { failedJobPatch, worthLogging } from './job-failure';
import { JobRunner } from './job-runner';

/** Finished files (and their jobs) are kept this long. */
export const EXPORT_RETENTION_MS = 24 * 3_600_000;
const PURGE_EVERY_MS = 3_600_000;

interface QueuedJob {
  id: string;
  /** the starter's session as it was: the job reads exactly what the starter may read */
  user: SessionUser;
}

const INTERRUPTED = {
  export: { code: ErrorCode.EXPORT_INTERRUPTED, stage: '导出失败', message: '服务重启，导出任务已中断，请重新导出' },
  recompute: { code: ErrorCode.RECOMPUTE_INTERRUPTED, stage: '计算失败', message: '服务重启，重新计算已中断，请重新发起' },
};

/**
 * Exports as background jobs: started (and authorised) by a mutation, run in this process one at a
 * time with their progress written to the row, the file kept for a day. Authorisation is the
 * synchronous routes': SCORE_READ, and the office alone for a provisional Word report; a missing
 * publication surfaces as the job's NOT_PUBLISHED. A job is readable by its starter and by anyone
 * holding the starter's role (who could have started it themselves). The table, the runner, the
 * restart handling and the retention are shared with the recompute jobs (RecomputeJobService).
 */
export class ExportJobService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly exports: ExportService,
    private readonly files: ExportJobFiles,
    private readonly log: (error: unknown) => void = () => undefined,
    readonly runner: JobRunner = new JobRunner(log),
  ) {}

  async start(ctx: AuditContext, input: StartExportInput): Promise<ExportJob> {
    const user = requireCan(ctx, Action.SCORE_READ);
    // only the score exports have a provisional variant; the flag would only split idempotency otherwise
    const provisional = SCORE_EXPORT_KINDS.has(input.kind) && input.provisional === true;
    if (input.kind === ExportKind.REPORT_DOCX && provisional && !can(user, Action.SCORE_PUBLISH)) {
      throw new AppError(ErrorCode.FORBIDDEN, '只有信用办可以生成初步结果（未发布）的报告');
    }
    await this.exports.period(ctx, input.periodId);
    const key = input.idempotencyKey ?? null;
    if (key) {
      const prior = await this.sameKey(user.id, key, input.kind, input.periodId, provisional);
      if (prior) return prior;
    }
    let job: ExportJob;
    try {
      job = await this.dataSource.transaction(async (manager) => {
        const row = manager.create(ExportJob, {
          kind: input.kind,
          periodId: input.periodId,
          provisional,
          status: ExportJobStatus.QUEUED,
          progress: 0,
          stage: '排队中',
          fileName: null,
          errorCode: null,
          errorMessage: null,
          finishedAt: null,
          createdById: user.id,
          createdByRole: user.role,
          idempotencyKey: key,
        });
        const saved = await manager.save(row);
        await this.audit.record(manager, ctx, { entity: 'ExportJob', entityId: saved.id, action: 'CREATE', after: saved });
        return saved;
      });
    } catch (error) {
      // a concurrent retry with the same key won the insert: answer with its job
      const prior = key ? await this.sameKey(user.id, key, input.kind, input.periodId, provisional) : null;
      if (prior) return prior;
      throw error;
    }
    this.runner.enqueue(job.id, () => this.run({ id: job.id, user }));
    return job;
  }

  /** NOT_FOUND for whoever may not read it, unit users included: a job's existence is not theirs to learn. */
  async get(ctx: AuthContext, id: string): Promise<ExportJob> {
    const user = requireUser(ctx);
    const job = await this.dataSource.getRepository(ExportJob).findOneBy({ id, kind: Not(RECOMPUTE_KIND) });
    if (!job || !can(user, Action.SCORE_READ) || !visibleTo(job, user)) throw AppError.notFound('导出任务');
    return job;
  }

  /** The caller's own jobs, newest first. */
  async mine(ctx: AuthContext, first: number): Promise<ExportJob[]> {
    const user = requireCan(ctx, Action.SCORE_READ);
    return this.dataSource.getRepository(ExportJob).find({
      where: { createdById: user.id, kind: Not(RECOMPUTE_KIND) },
      order: { createdAt: 'DESC' },
      take: Math.min(Math.max(first, 1), 50),
    });
  }

  /** The finished file of a job the caller may read; NOT_FOUND for anyone else. */
  async download(ctx: AuthContext, id: string): Promise<{ path: string; fileName: string; contentType: string }> {
    const job = await this.get(ctx, id);
    if (job.status !== ExportJobStatus.SUCCEEDED || !job.fileName) {
      throw new AppError(ErrorCode.INVALID_STATE, '导出文件尚未生成');
    }
    const docx = job.kind === ExportKind.REPORT_DOCX;
    return { path: this.files.pathOf(job.id, docx ? 'docx' : 'xlsx'), fileName: job.fileName, contentType: docx ? DOCX_MIME : XLSX_MIME };
  }

  /** Start-up: fail what a dead process left behind, purge old files, keep purging hourly. */
  async startUp(): Promise<() => void> {
    await this.failInterrupted();
    await this.purgeExpired();
    const timer = setInterval(() => void this.purgeExpired().catch((error: unknown) => this.log(error)), PURGE_EVERY_MS);
    timer.unref();
    return () => clearInterval(timer);
  }

  /**
   * Jobs (exports and recomputes) QUEUED or RUNNING that this process does not hold were lost with
   * the process that did. A lost recompute wrote nothing: its transaction died with the process.
   */
  async failInterrupted(now = new Date()): Promise<number> {
    const stale = (
      await this.dataSource.getRepository(ExportJob).findBy({ status: In([ExportJobStatus.QUEUED, ExportJobStatus.RUNNING]) })
    ).filter((job) => !this.runner.holds(job.id));
    for (const job of stale) {
      const lost = job.kind === RECOMPUTE_KIND ? INTERRUPTED.recompute : INTERRUPTED.export;
      await this.files.discard(job.id);
      await this.dataSource.getRepository(ExportJob).update(
        { id: job.id, status: job.status },
        {
          status: ExportJobStatus.FAILED,
          stage: lost.stage,
          errorCode: lost.code,
          errorMessage: lost.message,
          finishedAt: now,
          updatedAt: now,
        },
      );
    }
    return stale.length;
  }

  /** Deletes files and finished jobs older than the retention. */
  async purgeExpired(now = new Date()): Promise<number> {
    const cutoff = new Date(now.getTime() - EXPORT_RETENTION_MS);
    await this.files.deleteOlderThan(cutoff);
    const result = await this.dataSource.getRepository(ExportJob).delete({ finishedAt: LessThan(cutoff) });
    return result.affected ?? 0;
  }

  /** Resolves when no job is queued or running (tests, shutdown). */
  whenIdle(): Promise<void> {
    return this.runner.whenIdle();
  }

  private async sameKey(userId: string, key: string, kind: ExportKind, periodId: string, provisional: boolean): Promise<ExportJob | null> {
    const prior = await this.dataSource.getRepository(ExportJob).findOneBy({ createdById: userId, idempotencyKey: key });
    if (!prior) return null;
    if (prior.kind !== kind || prior.periodId !== periodId || prior.provisional !== provisional) {
      throw AppError.validation([{ field: 'idempotencyKey', message: '该幂等键已用于其他导出' }]);
    }
    return prior;
  }

  private async run({ id, user }: QueuedJob): Promise<void> {
    const repo = this.dataSource.getRepository(ExportJob);
    const job = await repo.findOneByOrFail({ id });
    await repo.update({ id }, { status: ExportJobStatus.RUNNING, updatedAt: new Date() });
    const progress = new ExportJobProgress(this.dataSource, id, this.log);
    const ctx: ReportContext = {
      user,
      loaders: { currentCards: createCurrentCardsLoader(this.dataSource), publishedCards: createPublishedCardsLoader(this.dataSource) },
    };
    try {
      const fileName = await this.produce(job, ctx, progress);
      await progress.flush();
      const now = new Date();
      await repo.update(
        { id },
        { status: ExportJobStatus.SUCCEEDED, progress: 100, stage: '已完成', fileName, finishedAt: now, updatedAt: now },
      );
    } catch (error) {
      await progress.flush();
      await this.files.discard(id);
      if (worthLogging(error)) this.log(error);
      await repo.update({ id }, failedJobPatch(error, '导出失败', '导出失败，请稍后重试或联系管理员', new Date()));
    }
  }

  /** Writes the job's file; returns the name it is downloaded under. */
  private async produce(job: ExportJob, ctx: ReportContext, progress: ExportJobProgress): Promise<string> {
    const kind = job.kind;
    // only exports are queued here; a RECOMPUTE row is run by RecomputeJobService
    if (kind === RECOMPUTE_KIND) throw new AppError(ErrorCode.INVALID_STATE, '该任务不是导出任务');
    const scores = SCORE_EXPORT_KINDS.has(kind);
    await progress.stage(5, scores ? '正在汇总得分' : '正在读取数据');
    if (kind === ExportKind.REPORT_DOCX) {
      const data = await this.exports.report(ctx, job.periodId, job.provisional);
      await progress.stage(60, '正在生成文档');
      const buffer = await packReport(data);
      await progress.stage(90, '正在保存文件');
      await this.files.writeBuffer(job.id, 'docx', buffer);
      return reportFileName(data);
    }
    const prepared = await workbookWriters[kind](this.exports, ctx, job.periodId, job.provisional);
    await progress.stage(20, '正在写入表格');
    const { workbook, commit } = await this.files.workbook(job.id);
    let written = 0;
    await prepared.write(workbook, () => progress.rows((written += 1), prepared.rows, 20, 95));
    await progress.stage(95, '正在保存文件');
    await commit();
    return prepared.fileName;
  }
}
