import type { DeadlineRule } from '../model';
import { toSimplified } from './simplified';

/**
 * EXACT: the text states the rule. GUESSED: the text names a rhythm but no day (每季度至少开展1次),
 * or a month without a day (2023年8月 → its last day), or nothing at all; a person should confirm it.
 */
export type DeadlineConfidence = 'EXACT' | 'GUESSED';

export type ParsedDeadline = { rule: DeadlineRule; confidence: DeadlineConfidence } | { error: string };

/**
 * The day used when a periodic duty states no day. Genhe 2023 reports everything on the 4th
 * (每月4日前报送上月信息), and its preset encodes 每季度至少开展1次 the same way.
 */
export const DEFAULT_REPORTING_DAY = 4;

const EXAMPLES = '每月4日前报送上月信息、每季度首月10日前、每年12月31日前、2023年8月、2023年9月底、2023年8月15日、决定之日起7个工作日内、持续推进';

const CN_DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const NUM = '(\\d{1,3}|[〇零一二两三四五六七八九十]{1,3})';

/** 7 / 七 / 十 / 十五 / 二十 / 三十一 */
function toInt(text: string): number | null {
  if (/^\d+$/.test(text)) return Number(text);
  if (text === '十') return 10;
  const ten = text.indexOf('十');
  if (ten < 0) return text.length === 1 ? (CN_DIGITS[text] ?? null) : null;
  const tens = ten === 0 ? 1 : CN_DIGITS[text.slice(0, ten)];
  const ones = ten === text.length - 1 ? 0 : CN_DIGITS[text.slice(ten + 1)];
  return tens === undefined || ones === undefined ? null : tens * 10 + ones;
}

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function iso(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Spaces, the 完成时限 label, 要求相关部门… and trailing punctuation carry no rule. */
function normalise(text: string): string {
  return toSimplified(text)
    .replace(/[\s\u3000]+/g, '')
    .replace(/每举度/g, '每季度') // OCR in the Genhe list
    .replace(/^[（(]?完成时限[:：;；,，]*/, '')
    .replace(/[)）]$/, '')
    .replace(/^要求(?:各|相关)?(?:部门|单位)?/, '')
    .replace(/[。.;；,，]+$/, '');
}

const exact = (rule: DeadlineRule): ParsedDeadline => ({ rule, confidence: 'EXACT' });
const guessed = (rule: DeadlineRule): ParsedDeadline => ({ rule, confidence: 'GUESSED' });

function dayError(original: string, day: number): ParsedDeadline {
  return { error: `完成时限「${original}」中的日期 ${day} 日不正确（应为1–31）` };
}

/**
 * Reads a 完成时限 as written in the task-list documents (Simplified or Traditional, with the
 * spaces and labels OCR leaves) into a DeadlineRule. Never throws: an unreadable text gives a
 * Chinese `error` listing the forms that are understood.
 */
export function parseDeadlineText(text: string): ParsedDeadline {
  const original = text.trim();
  const t = normalise(text);
  if (t === '') return guessed({ kind: 'CONTINUOUS' });

  let m = new RegExp(`^(.*?)之日起${NUM}个?工作日内`).exec(t);
  if (m) {
    const days = toInt(m[2]!);
    if (days === null || days < 1 || days > 365) return { error: `完成时限「${original}」中的工作日数不正确（应为1–365）` };
    const event = m[1]!.replace(/^(?:在|于|自|从)/, '') || '事件发生';
    return exact({ kind: 'WORKING_DAYS_AFTER_EVENT', days, event });
  }

  m = new RegExp(`(?:每月|当月|次月)${NUM}[日号](?:前|之前|以前)`).exec(t);
  if (m) {
    const day = toInt(m[1]!)!;
    return day >= 1 && day <= 31 ? exact({ kind: 'MONTHLY', day }) : dayError(original, day);
  }
  if (/^每月/.test(t)) return guessed({ kind: 'MONTHLY', day: DEFAULT_REPORTING_DAY });

  m = new RegExp(`每季度?(?:首月|第一个月|第1个月|初)${NUM}[日号](?:前|之前|以前)`).exec(t);
  if (m) {
    const day = toInt(m[1]!)!;
    return day >= 1 && day <= 31 ? exact({ kind: 'QUARTERLY', day }) : dayError(original, day);
  }
  if (/^每季度?/.test(t)) return guessed({ kind: 'QUARTERLY', day: DEFAULT_REPORTING_DAY });

  m = new RegExp(`每年(?:的)?${NUM}月${NUM}[日号](?:前|之前|以前)?`).exec(t);
  if (m) {
    const month = toInt(m[1]!)!;
    const day = toInt(m[2]!)!;
    if (month < 1 || month > 12 || day < 1 || day > lastDayOfMonth(2024, month)) {
      return { error: `完成时限「${original}」中的日期 ${month}月${day}日 不存在` };
    }
    // 每年1月31日前报送上年… is due in the year after the one reported on
    const following = /上一?年|上年度|次年|下一?年/.test(t);
    return exact(following ? { kind: 'ANNUAL', month, day } : { kind: 'ANNUAL', month, day, sameYear: true });
  }
  if (/^每年/.test(t)) {
    const rule: DeadlineRule = { kind: 'ANNUAL', month: 12, day: 31, sameYear: true };
    return /^每年(?:年)?[底末]/.test(t) ? exact(rule) : guessed(rule);
  }

  m = new RegExp(`(\\d{4})年${NUM}月${NUM}[日号]`).exec(t);
  if (m) {
    const [year, month, day] = [Number(m[1]), toInt(m[2]!)!, toInt(m[3]!)!];
    if (month < 1 || month > 12 || day < 1 || day > lastDayOfMonth(year, month)) {
      return { error: `完成时限「${original}」中的日期 ${year}年${month}月${day}日 不存在` };
    }
    return exact({ kind: 'FIXED', date: iso(year, month, day) });
  }
  m = new RegExp(`(\\d{4})年${NUM}月(底|末)?`).exec(t);
  if (m) {
    const [year, month] = [Number(m[1]), toInt(m[2]!)!];
    if (month < 1 || month > 12) return { error: `完成时限「${original}」中的月份 ${month} 不正确` };
    const rule: DeadlineRule = { kind: 'FIXED', date: iso(year, month, lastDayOfMonth(year, month)) };
    return m[3] ? exact(rule) : guessed(rule);
  }
  m = /(\d{4})年(?:年)?(底|末|内|下半年|上半年)/.exec(t);
  if (m) {
    const year = Number(m[1]);
    const rule: DeadlineRule = { kind: 'FIXED', date: m[2] === '上半年' ? iso(year, 6, 30) : iso(year, 12, 31) };
    return exact(rule);
  }

  if (/持续|长期|常态化|经常性|随时/.test(t)) return exact({ kind: 'CONTINUOUS' });

  return { error: `无法识别完成时限「${original}」，可用的写法如：${EXAMPLES}` };
}

/** The canonical text of a rule; parseDeadlineText reads it back to the same rule. */
export function formatDeadlineRule(rule: DeadlineRule): string {
  switch (rule.kind) {
    case 'MONTHLY':
      return `每月${rule.day}日前报送上月信息`;
    case 'QUARTERLY':
      return `每季度首月${rule.day}日前`;
    case 'ANNUAL':
      return rule.sameYear ? `每年${rule.month}月${rule.day}日前` : `每年${rule.month}月${rule.day}日前报送上年信息`;
    case 'FIXED': {
      const [year, month, day] = rule.date.split('-').map(Number) as [number, number, number];
      return day === lastDayOfMonth(year, month) ? `${year}年${month}月底` : `${year}年${month}月${day}日`;
    }
    case 'CONTINUOUS':
      return '持续推进';
    case 'WORKING_DAYS_AFTER_EVENT':
      return `${rule.event}之日起${rule.days}个工作日内`;
  }
}
