/**
 * Idempotency keys per attempt. The same action with the same payload reuses its key until it
 * succeeds, so a double click or a retry after a lost response is answered by the API with the
 * first result instead of doing the work twice; a changed payload or a completed action starts a
 * new attempt.
 */
export class AttemptKeys {
  private readonly open = new Map<string, { fingerprint: string; key: string }>();

  constructor(private readonly newKey: () => string = () => crypto.randomUUID()) {}

  keyFor(action: string, payload: unknown): string {
    const fingerprint = JSON.stringify(payload);
    const current = this.open.get(action);
    if (current && current.fingerprint === fingerprint) return current.key;
    const key = this.newKey();
    this.open.set(action, { fingerprint, key });
    return key;
  }

  /** the attempt went through: the next one is a new action */
  done(action: string): void {
    this.open.delete(action);
  }
}
