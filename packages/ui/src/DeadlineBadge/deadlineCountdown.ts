import dayjs, { type Dayjs } from 'dayjs';

export type DeadlineState =
  | { kind: 'NONE' } // 持续推进: no due date
  | { kind: 'DUE_IN'; days: number }
  | { kind: 'DUE_TODAY' }
  | { kind: 'OVERDUE'; days: number };

export type DateInput = string | Date | Dayjs;

/** Whole calendar days between today and the due date; a deadline is the end of its day. */
export function deadlineCountdown(due: DateInput | null | undefined, now: DateInput = new Date()): DeadlineState {
  if (due === null || due === undefined || due === '') return { kind: 'NONE' };
  const days = dayjs(due).startOf('day').diff(dayjs(now).startOf('day'), 'day');
  if (days > 0) return { kind: 'DUE_IN', days };
  if (days === 0) return { kind: 'DUE_TODAY' };
  return { kind: 'OVERDUE', days: -days };
}

export function deadlineText(state: DeadlineState): string {
  switch (state.kind) {
    case 'NONE':
      return '持续推进';
    case 'DUE_IN':
      return `剩余${state.days}天`;
    case 'DUE_TODAY':
      return '今日截止';
    case 'OVERDUE':
      return `已逾期${state.days}天`;
  }
}
