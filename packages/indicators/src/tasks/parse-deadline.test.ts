import type { DeadlineRule, TaskListPreset } from '../model';
import { genheTasks2023 } from '../presets/genhe-tasks-2023';
import { nmgIntegrityTasks2017 } from '../presets/nmg-integrity-tasks-2017';
import { formatDeadlineRule, parseDeadlineText, type ParsedDeadline } from './parse-deadline';
import { toSimplified } from './simplified';

function ruleOf(parsed: ParsedDeadline): DeadlineRule {
  if ('error' in parsed) throw new Error(parsed.error);
  return parsed.rule;
}

describe('parseDeadlineText', () => {
  it.each<[string, DeadlineRule, 'EXACT' | 'GUESSED']>([
    ['每月4日前报送上月信息', { kind: 'MONTHLY', day: 4 }, 'EXACT'],
    ['當月4日前報送上月信息', { kind: 'MONTHLY', day: 4 }, 'EXACT'],
    ['要求相關部門每月4日前報送上月信息', { kind: 'MONTHLY', day: 4 }, 'EXACT'],
    ['每月十五日前', { kind: 'MONTHLY', day: 15 }, 'EXACT'],
    ['每季度首月10日前', { kind: 'QUARTERLY', day: 10 }, 'EXACT'],
    ['每季度至少开展1次', { kind: 'QUARTERLY', day: 4 }, 'GUESSED'],
    ['每舉度至少開展1次', { kind: 'QUARTERLY', day: 4 }, 'GUESSED'],
    ['2023年8月', { kind: 'FIXED', date: '2023-08-31' }, 'GUESSED'],
    ['完成時限:2023年9月底', { kind: 'FIXED', date: '2023-09-30' }, 'EXACT'],
    ['2024年2月底', { kind: 'FIXED', date: '2024-02-29' }, 'EXACT'],
    ['2023年8月15日', { kind: 'FIXED', date: '2023-08-15' }, 'EXACT'],
    ['2017年 底前 完成', { kind: 'FIXED', date: '2017-12-31' }, 'EXACT'],
    ['决定之日起7个工作日内', { kind: 'WORKING_DAYS_AFTER_EVENT', days: 7, event: '决定' }, 'EXACT'],
    [
      '要求相關部門在行政許可、行政處罰決定之日起7個工作日內報送',
      { kind: 'WORKING_DAYS_AFTER_EVENT', days: 7, event: '行政许可、行政处罚决定' },
      'EXACT',
    ],
    ['受理之日起十个工作日内', { kind: 'WORKING_DAYS_AFTER_EVENT', days: 10, event: '受理' }, 'EXACT'],
    ['持续推进', { kind: 'CONTINUOUS' }, 'EXACT'],
    ['完成時限;持續推進', { kind: 'CONTINUOUS' }, 'EXACT'],
    ['长期坚持', { kind: 'CONTINUOUS' }, 'EXACT'],
    ['', { kind: 'CONTINUOUS' }, 'GUESSED'],
    ['每年12月31日前', { kind: 'ANNUAL', month: 12, day: 31, sameYear: true }, 'EXACT'],
    ['每年1月31日前报送上年信息', { kind: 'ANNUAL', month: 1, day: 31 }, 'EXACT'],
    ['每年至少開展1次', { kind: 'ANNUAL', month: 12, day: 31, sameYear: true }, 'GUESSED'],
  ])('%s', (text, rule, confidence) => {
    expect(parseDeadlineText(text)).toEqual({ rule, confidence });
  });

  it.each(['尽快', '2023年13月', '2023年2月30日', '每月40日前', '每年2月30日前', '决定之日起0个工作日内'])(
    'refuses %s with a Chinese message',
    (text) => {
      const parsed = parseDeadlineText(text);
      expect(parsed).toEqual({ error: expect.stringMatching(/完成时限「.*」/) });
    },
  );
});

describe('the presets’ 完成时限', () => {
  /** Tasks whose encoded rule is not what their text says, each with why. */
  const EXCEPTIONS: Record<string, string> = {
    'GH-FGW-22': '原文无完成时限；“实施季度与年度考核”由预置清单按季度（首月4日前）编码',
  };

  function cases(preset: TaskListPreset) {
    return preset.units.flatMap((unit) =>
      unit.tasks.map((task) => ({ code: task.code, text: task.deadlineText ?? '', rule: task.deadline })),
    );
  }

  const all = [...cases(genheTasks2023), ...cases(nmgIntegrityTasks2017)];

  it('reads every deadlineText to the rule the preset encodes', () => {
    const mismatches = all
      .filter(({ code }) => !(code in EXCEPTIONS))
      .map(({ code, text, rule }) => ({ code, text, rule, parsed: parseDeadlineText(text) }))
      .filter(({ rule, parsed }) => !('rule' in parsed) || JSON.stringify(parsed.rule) !== JSON.stringify(rule));
    expect(mismatches).toEqual([]);
    expect(all.length).toBeGreaterThan(400);
  });

  it('lists only real exceptions', () => {
    for (const [code] of Object.entries(EXCEPTIONS)) {
      const task = all.find((c) => c.code === code);
      expect(task).toBeDefined();
      const parsed = parseDeadlineText(task!.text);
      expect('rule' in parsed && JSON.stringify(parsed.rule) === JSON.stringify(task!.rule)).toBe(false);
    }
  });

  it('formats every preset rule to a text that reads back to it', () => {
    for (const { rule } of all) expect(ruleOf(parseDeadlineText(formatDeadlineRule(rule)))).toEqual(rule);
  });
});

describe('toSimplified', () => {
  it('converts the Traditional characters of the Genhe list and keeps the rest', () => {
    expect(toSimplified('完成時限:持續推進；報送 ABC')).toBe('完成时限:持续推进；报送 ABC');
  });
});
