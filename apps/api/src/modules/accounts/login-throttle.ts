/**
 * Failed logins per client address in a sliding window, in memory per server instance (one per
 * process; a cluster would move this to the database). Per-account lockout lives on Account.
 */
export class LoginThrottle {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  /** When the address may try again, or null when it may try now. */
  blockedUntil(ip: string, now = Date.now()): Date | null {
    const recent = this.recent(ip, now);
    if (recent.length < this.limit) return null;
    const oldest = recent[recent.length - this.limit] ?? now;
    return new Date(oldest + this.windowMs);
  }

  recordFailure(ip: string, now = Date.now()): void {
    const recent = this.recent(ip, now);
    recent.push(now);
    this.failures.set(ip, recent);
  }

  private recent(ip: string, now: number): number[] {
    const kept = (this.failures.get(ip) ?? []).filter((t) => t > now - this.windowMs);
    if (kept.length === 0) this.failures.delete(ip);
    else this.failures.set(ip, kept);
    return kept;
  }
}
