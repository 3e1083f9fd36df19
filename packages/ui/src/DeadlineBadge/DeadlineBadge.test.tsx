import { render, screen } from '@testing-library/react';
import { DeadlineBadge } from './DeadlineBadge';
import { deadlineCountdown } from './deadlineCountdown';

const now = new Date(2026, 10, 28, 23, 30); // late evening: still "today"

describe('deadlineCountdown', () => {
  it('counts calendar days, not 24-hour periods', () => {
    expect(deadlineCountdown('2026-11-29', now)).toEqual({ kind: 'DUE_IN', days: 1 });
    expect(deadlineCountdown('2026-12-04', now)).toEqual({ kind: 'DUE_IN', days: 6 });
  });

  it('is due today on the due date and overdue the day after', () => {
    expect(deadlineCountdown('2026-11-28', now)).toEqual({ kind: 'DUE_TODAY' });
    expect(deadlineCountdown('2026-11-25', now)).toEqual({ kind: 'OVERDUE', days: 3 });
  });

  it('has no countdown without a due date', () => {
    expect(deadlineCountdown(null, now)).toEqual({ kind: 'NONE' });
  });
});

describe('DeadlineBadge', () => {
  it('shows the due date and the days left', () => {
    render(<DeadlineBadge due="2026-12-04" now={now} />);
    expect(screen.getByText('截止 2026-12-04')).toBeInTheDocument();
    expect(screen.getByText('剩余6天')).toBeInTheDocument();
  });

  it('shows 今日截止 and 已逾期N天', () => {
    const { rerender } = render(<DeadlineBadge due="2026-11-28" now={now} />);
    expect(screen.getByText('今日截止')).toBeInTheDocument();
    rerender(<DeadlineBadge due="2026-11-20" now={now} />);
    expect(screen.getByText('已逾期8天')).toBeInTheDocument();
  });

  it('hides the countdown once done and shows 持续推进 without a date', () => {
    const { rerender } = render(<DeadlineBadge due="2026-11-20" now={now} done />);
    expect(screen.queryByText(/已逾期/)).not.toBeInTheDocument();
    rerender(<DeadlineBadge due={null} now={now} />);
    expect(screen.getByText('持续推进')).toBeInTheDocument();
  });
});
