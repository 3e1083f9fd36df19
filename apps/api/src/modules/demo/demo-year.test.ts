import { genheTasks2023 } from '@govtrust/indicators';
import { PeriodKindEnum } from '../cycles/cycle-enums';
import { demoYear, periodStage, taskUnitsForYear } from './demo-year';

describe('演示年度', () => {
  it('按北京时间取年份：UTC 12月31日晚上已是次年', () => {
    expect(demoYear(new Date('2026-12-31T15:59:59Z'))).toBe(2026);
    expect(demoYear(new Date('2026-12-31T16:00:00Z'))).toBe(2027);
  });

  it('固定完成时限和任务原文中的年份移到演示年度，其他时限不变', () => {
    const units = taskUnitsForYear(genheTasks2023.units, 2027);
    const tasks = units.flatMap((u) => u.tasks);
    const fgw03 = tasks.find((t) => t.code === 'GH-FGW-03')!;
    expect(fgw03.deadline).toEqual({ kind: 'FIXED', date: '2027-07-31' });
    expect(fgw03.sourceText).toContain('完成時限:2027年7月');
    expect(fgw03.deadlineText).toBe('完成時限:2027年7月');
    for (const task of tasks)
      expect(`${task.code}:${JSON.stringify(task).includes('2023年')}`).toBe(`${task.code}:false`);
    const original = genheTasks2023.units.flatMap((u) => u.tasks);
    expect(tasks.map((t) => t.deadline.kind)).toEqual(original.map((t) => t.deadline.kind));
    // the preset itself is untouched
    expect(original.find((t) => t.code === 'GH-FGW-03')!.deadline).toEqual({
      kind: 'FIXED',
      date: '2023-07-31',
    });
  });

  it('之前季度及其月份已关闭，本季度已到的月份、本季度和年度在填报中，之后的未开始', () => {
    const today = '2026-11-28';
    expect(periodStage(PeriodKindEnum.MONTH, 9, today)).toBe('CLOSED');
    expect(periodStage(PeriodKindEnum.MONTH, 10, today)).toBe('OPEN');
    expect(periodStage(PeriodKindEnum.MONTH, 11, today)).toBe('OPEN');
    expect(periodStage(PeriodKindEnum.MONTH, 12, today)).toBe('NOT_OPEN');
    expect(periodStage(PeriodKindEnum.QUARTER, 3, today)).toBe('CLOSED');
    expect(periodStage(PeriodKindEnum.QUARTER, 4, today)).toBe('OPEN');
    expect(periodStage(PeriodKindEnum.YEAR, 1, today)).toBe('OPEN');
    // in January nothing is closed yet
    expect(periodStage(PeriodKindEnum.MONTH, 1, '2027-01-05')).toBe('OPEN');
    expect(periodStage(PeriodKindEnum.QUARTER, 1, '2027-01-05')).toBe('OPEN');
    expect(periodStage(PeriodKindEnum.MONTH, 2, '2027-01-05')).toBe('NOT_OPEN');
  });
});
