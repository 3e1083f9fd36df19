import { cyclePeriodRefs, periodKindForRule } from './cycle-periods';
import { PeriodStatus } from './cycle-enums';
import { lockReason } from './period-lock';

describe('cyclePeriodRefs', () => {
  it('makes months, quarters and the year for a quarterly system with monthly deadlines', () => {
    const refs = cyclePeriodRefs(2023, 'QUARTER', [{ kind: 'MONTHLY', day: 4 }, { kind: 'CONTINUOUS' }]);
    expect(refs).toHaveLength(12 + 4 + 1);
    expect(refs[0]).toEqual({ year: 2023, kind: 'MONTH', index: 1 });
    expect(refs[16]).toEqual({ year: 2023, kind: 'YEAR', index: 1 });
  });

  it('makes only the year for an annual system without periodic deadlines', () => {
    expect(cyclePeriodRefs(2024, 'YEAR', [{ kind: 'FIXED', date: '2024-08-31' }])).toEqual([
      { year: 2024, kind: 'YEAR', index: 1 },
    ]);
    expect(periodKindForRule({ kind: 'WORKING_DAYS_AFTER_EVENT', days: 7, event: '决定' })).toBe('YEAR');
    expect(periodKindForRule({ kind: 'QUARTERLY', day: 10 })).toBe('QUARTER');
  });
});

describe('lockReason', () => {
  const now = new Date('2023-10-20T02:00:00Z');
  const closed = {
    status: PeriodStatus.CLOSED,
    label: '2023年第三季度',
    closedAt: new Date('2023-10-15T03:00:00Z'),
  };

  it('lets writes through in an open period', () => {
    expect(lockReason({ ...closed, status: PeriodStatus.OPEN, closedAt: null }, [], now)).toBeNull();
  });

  it('says when a period closed, or that it has not opened', () => {
    expect(lockReason(closed, [], now)).toBe('2023年第三季度：本期已于2023-10-15关闭，不能填报或修改');
    expect(lockReason({ ...closed, status: PeriodStatus.NOT_OPEN, closedAt: null }, [], now)).toMatch(
      /本期尚未开放/,
    );
  });

  it('honours a live exception and names the expiry of a lapsed one', () => {
    const live = { expiresAt: new Date('2023-10-21T00:00:00Z'), revokedAt: null };
    const lapsed = { expiresAt: new Date('2023-10-18T00:00:00Z'), revokedAt: null };
    expect(lockReason(closed, [live], now)).toBeNull();
    expect(lockReason(closed, [lapsed], now)).toMatch(/补报例外已于2023-10-18过期/);
    expect(lockReason(closed, [{ ...live, revokedAt: now }], now)).not.toBeNull();
  });
});
