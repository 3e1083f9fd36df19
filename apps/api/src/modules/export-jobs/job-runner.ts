/**
 * The in-process runner of background jobs (exports and recomputes): one job at a time, in the
 * order they were started, so a burst of jobs never competes with requests for the two cores.
 * It only holds ids and work; the job rows say what each job is and how far it got.
 */
export class JobRunner {
  private readonly queue: Array<{ id: string; work: () => Promise<void> }> = [];
  private current: string | null = null;
  private draining: Promise<void> | null = null;

  constructor(private readonly log: (error: unknown) => void = () => undefined) {}

  /** Runs `work` after every job enqueued before it; its failure is logged, never thrown. */
  enqueue(id: string, work: () => Promise<void>): void {
    this.queue.push({ id, work });
    this.kick();
  }

  /** Whether the job is queued or running in this process (one that is not was lost with another process). */
  holds(id: string): boolean {
    return this.current === id || this.queue.some((q) => q.id === id);
  }

  /** Resolves when no job is queued or running (tests, shutdown). */
  async whenIdle(): Promise<void> {
    while (this.draining) await this.draining;
  }

  private kick(): void {
    if (this.draining) return;
    this.draining = (async () => {
      for (let next = this.queue.shift(); next; next = this.queue.shift()) {
        this.current = next.id;
        await next.work().catch((error: unknown) => this.log(error));
        this.current = null;
      }
    })().finally(() => {
      this.draining = null;
      if (this.queue.length > 0) this.kick();
    });
  }
}
