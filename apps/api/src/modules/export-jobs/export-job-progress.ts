import type { DataSource } from 'typeorm';
import { ExportJob } from './export-job.entity';

/** Writing a row's progress costs a statement: at most one every this many ms, unless the stage changes. */
const MIN_INTERVAL_MS = 200;

/**
 * A running job's progress, written to its row in order (one statement at a time) so a poller never
 * sees it go backwards. Rows written call `rows()` synchronously; the writes queue behind each other.
 */
export class ExportJobProgress {
  private percent = 0;
  private stageLabel: string | null = null;
  private counts: { processed: number | null; total: number | null } = { processed: null, total: null };
  private lastWrite = 0;
  private chain: Promise<void> = Promise.resolve();

  constructor(
    private readonly dataSource: DataSource,
    private readonly jobId: string,
    private readonly log: (error: unknown) => void,
    private readonly clock: () => number = Date.now,
  ) {}

  /** A new step: written at once, with how many items it has done of how many, where known. */
  stage(percent: number, label: string, counts?: { processed: number | null; total: number | null }): Promise<void> {
    this.stageLabel = label;
    if (counts) this.counts = counts;
    return this.write(percent, true);
  }

  /** `done` of `total` rows written, mapped onto [from, to] of the bar. */
  rows(done: number, total: number, from: number, to: number): void {
    const percent = from + Math.floor(((to - from) * done) / Math.max(total, 1));
    void this.write(percent, false);
  }

  /** Waits for the queued writes, so the final status lands after them. */
  flush(): Promise<void> {
    return this.chain;
  }

  private write(percent: number, force: boolean): Promise<void> {
    const next = Math.min(100, Math.max(this.percent, Math.round(percent)));
    const now = this.clock();
    if (!force && (next === this.percent || now - this.lastWrite < MIN_INTERVAL_MS)) return this.chain;
    this.percent = next;
    this.lastWrite = now;
    const patch = { progress: next, stage: this.stageLabel, ...this.counts, updatedAt: new Date() };
    this.chain = this.chain
      .then(() => this.dataSource.getRepository(ExportJob).update({ id: this.jobId }, patch))
      .then(
        () => undefined,
        (error: unknown) => this.log(error),
      );
    return this.chain;
  }
}
