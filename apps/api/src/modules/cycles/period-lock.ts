import { chinaDate } from '../calendar/due-dates';
import { PeriodStatus } from './cycle-enums';

export interface LockState {
  status: PeriodStatus;
  label: string;
  closedAt: Date | null;
}

export interface ExceptionState {
  expiresAt: Date;
  revokedAt: Date | null;
}

/**
 * Null when a unit may write in the period at `now`, otherwise the Chinese reason why not: an
 * OPEN period is writable; otherwise only under an unrevoked, unexpired lock exception (补报).
 */
export function lockReason(
  period: LockState,
  exceptions: readonly ExceptionState[],
  now: Date,
): string | null {
  if (period.status === PeriodStatus.OPEN) return null;
  const live = exceptions.filter((e) => e.revokedAt === null);
  if (live.some((e) => e.expiresAt.getTime() > now.getTime())) return null;
  const base =
    period.status === PeriodStatus.NOT_OPEN
      ? `${period.label}：本期尚未开放`
      : `${period.label}：本期已于${period.closedAt ? chinaDate(period.closedAt) : '（日期不详）'}关闭`;
  const lastExpiry = live.map((e) => e.expiresAt).sort((a, b) => b.getTime() - a.getTime())[0];
  const expired = lastExpiry ? `，补报例外已于${chinaDate(lastExpiry)}过期` : '';
  return `${base}${expired}，不能填报或修改`;
}
