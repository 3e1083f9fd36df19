/**
 * Errors the CLI reports to the person at the terminal. A UserError is the user's to fix (bad
 * file, unknown preset, a wrong cell): exit 1 with its Chinese message and no stack trace.
 * Anything else is our bug: exit 2.
 */

export const EXIT_OK = 0;
export const EXIT_USER_ERROR = 1;
export const EXIT_INTERNAL_ERROR = 2;

export class UserError extends Error {
  /** every problem found, one Chinese line each (a file is checked whole before giving up) */
  readonly details: string[];

  constructor(message: string, details: string[] = []) {
    super(message);
    this.name = 'UserError';
    this.details = details;
  }
}

/** Problems gathered while reading a file; thrown together so the user fixes them in one pass. */
export class ProblemList {
  private readonly lines: string[] = [];

  add(line: string): void {
    this.lines.push(line);
  }

  get size(): number {
    return this.lines.length;
  }

  /** Lines that start with 第N行 / 第N条记录 come out in row order (reading and validating add them in two passes). */
  throwIfAny(summary: string): void {
    if (this.lines.length === 0) return;
    const rowOf = (line: string): number => Number(/^第(\d+)(行|条记录)/.exec(line)?.[1] ?? 0);
    const sorted = this.lines.map((line, index) => ({ line, index })).sort((a, b) => rowOf(a.line) - rowOf(b.line) || a.index - b.index);
    throw new UserError(summary, sorted.map(({ line }) => line));
  }
}

/** At most this many detail lines are printed; the rest are counted. */
export const MAX_DETAIL_LINES = 30;

export function formatUserError(error: UserError): string {
  const shown = error.details.slice(0, MAX_DETAIL_LINES);
  const lines = [`错误：${error.message}`, ...shown.map((line) => `  ${line}`)];
  const hidden = error.details.length - shown.length;
  if (hidden > 0) lines.push(`  ……另有 ${hidden} 处问题未列出`);
  return lines.join('\n') + '\n';
}
