import {
  parseDeadlineText,
  type DataSource as TaskDataSource,
  type DeadlineRule,
  type EvidenceRequirement,
  type InputField,
  type InputValues,
} from '@govtrust/indicators';
import { AppError, type FieldProblem } from '../../common/errors/app-error';
import type { TaskDefinition } from './task-definition.entity';
import type { UpdateTaskDefinitionInput } from './dto/task-list.inputs';

export const TASK_DATA_SOURCES: readonly TaskDataSource[] = [
  'UNIT_REPORT',
  'PLATFORM_STATISTICS',
  'BIG_DATA_MONITORING',
  'DISPATCH_SYSTEM',
  'OTHER_DEPARTMENT',
];


const RULE_KINDS = new Set([
  'MONTHLY',
  'QUARTERLY',
  'ANNUAL',
  'FIXED',
  'CONTINUOUS',
  'WORKING_DAYS_AFTER_EVENT',
]);

const FIELD_TYPES = new Set(['count', 'rate', 'amount', 'boolean', 'checklist', 'choice', 'text']);
const EVIDENCE_KINDS = new Set(['PDF', 'IMAGE', 'XLSX', 'DOCX']);
const KEY_PATTERN = /^[A-Za-z_][A-Za-z0-9_]*$/;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const nonEmpty = (v: unknown) => typeof v === 'string' && v.trim() !== '';
const optionalInt = (v: unknown) => v === undefined || (typeof v === 'number' && Number.isInteger(v) && v >= 0);
const optionalNumber = (v: unknown) =>
  v === undefined || (typeof v === 'number' && Number.isFinite(v)) || (typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v));

/**
 * Structural check of client-sent InputField[] (the same shape the engine's system validation
 * demands of an indicator's inputs): unique keys, labels, a known type and its type's properties.
 */
export function inputFieldProblems(raw: unknown): FieldProblem[] {
  if (!Array.isArray(raw)) return [{ field: 'inputs', message: '填报项应为数组' }];
  const problems: FieldProblem[] = [];
  const seen = new Set<string>();
  raw.forEach((field: unknown, i) => {
    const at = `inputs[${i}]`;
    const bad = (message: string) => problems.push({ field: at, message: `第${i + 1}个填报项${message}` });
    if (!isObj(field)) return bad('应为对象');
    if (typeof field.key !== 'string' || !KEY_PATTERN.test(field.key)) {
      return bad('的键 key 只能由字母、数字和下划线组成，且不能以数字开头');
    }
    if (seen.has(field.key)) bad(`的键“${field.key}”重复`);
    seen.add(field.key);
    if (!nonEmpty(field.label)) bad('缺少名称 label');
    if (field.required !== undefined && typeof field.required !== 'boolean') bad('的 required 应为 true 或 false');
    if (typeof field.type !== 'string' || !FIELD_TYPES.has(field.type)) {
      return bad('的类型 type 应为 count、rate、amount、boolean、checklist、choice 或 text');
    }
    switch (field.type) {
      case 'count':
        if (!optionalInt(field.max)) bad('的上限 max 应为非负整数');
        break;
      case 'rate':
        if (!nonEmpty(field.numeratorLabel) || !nonEmpty(field.denominatorLabel)) bad('缺少分子或分母名称');
        if (field.display !== 'PERCENT' && field.display !== 'PERMILLE') bad('的显示方式 display 应为 PERCENT 或 PERMILLE');
        break;
      case 'amount':
        if (!nonEmpty(field.unit)) bad('缺少计量单位 unit');
        if (!optionalNumber(field.min) || !optionalNumber(field.max)) bad('的上下限应为数字');
        if (!optionalInt(field.decimals)) bad('的小数位数 decimals 应为非负整数');
        break;
      case 'checklist':
      case 'choice': {
        const options = field.options;
        if (!Array.isArray(options) || options.length === 0) {
          bad('至少需要一个选项 options');
          break;
        }
        const codes = new Set<string>();
        options.forEach((o: unknown, j) => {
          if (!isObj(o) || !nonEmpty(o.code) || !nonEmpty(o.label)) bad(`的第${j + 1}个选项缺少代码或名称`);
          else if (codes.has(o.code as string)) bad(`的选项代码“${String(o.code)}”重复`);
          else codes.add(o.code as string);
        });
        break;
      }
      case 'text':
        if (!optionalInt(field.maxLength)) bad('的最大长度 maxLength 应为非负整数');
        break;
    }
  });
  return problems;
}

export function evidenceProblems(raw: unknown): FieldProblem[] {
  if (raw === null) return [];
  const bad = (message: string): FieldProblem[] => [{ field: 'evidence', message }];
  if (!isObj(raw)) return bad('佐证材料要求应为对象');
  if (!nonEmpty(raw.description)) return bad('佐证材料要求缺少说明 description');
  if (typeof raw.minCount !== 'number' || !Number.isInteger(raw.minCount) || raw.minCount < 0 || raw.minCount > 50) {
    return bad('最少佐证数应为0–50之间的整数');
  }
  if (raw.kinds !== undefined) {
    if (!Array.isArray(raw.kinds) || raw.kinds.some((k) => typeof k !== 'string' || !EVIDENCE_KINDS.has(k))) {
      return bad('佐证材料类型只能是 PDF、IMAGE、XLSX、DOCX');
    }
  }
  return [];
}

/** A submission of the task as far as an edit can break it. */
export interface ExistingSubmission {
  state: string;
  /** UNIT for unit-authored rows; CREDIT_OFFICE / EVALUATOR for monitoring data */
  authorRole: string;
  values: InputValues;
}

/**
 * Why an edit may not be made, in Chinese (empty when it may): approved data is frozen, so an
 * input key an approved submission holds a value for cannot be removed or change its type; and
 * the data source cannot move to the other side while submissions by the current side exist.
 */
export function breakingChanges(
  before: { inputs: InputField[]; dataSource: TaskDataSource },
  after: { inputs: InputField[]; dataSource: TaskDataSource },
  submissions: readonly ExistingSubmission[],
): string[] {
  const reasons: string[] = [];
  const approved = submissions.filter((s) => s.state === 'APPROVED');
  const nextByKey = new Map(after.inputs.map((f) => [f.key, f]));
  for (const field of before.inputs) {
    const used = approved.filter((s) => s.values[field.key] !== undefined && s.values[field.key] !== null).length;
    if (used === 0) continue;
    const next = nextByKey.get(field.key);
    if (!next) reasons.push(`填报项“${field.label}”（${field.key}）已有${used}条已通过的填报使用，不能删除`);
    else if (next.type !== field.type) {
      reasons.push(`填报项“${field.label}”（${field.key}）已有${used}条已通过的填报使用，不能修改其类型`);
    }
  }
  const unitSide = (source: TaskDataSource) => source === 'UNIT_REPORT';
  if (unitSide(before.dataSource) !== unitSide(after.dataSource)) {
    const byOtherSide = submissions.filter((s) => (s.authorRole === 'UNIT') !== unitSide(after.dataSource)).length;
    if (byOtherSide > 0) {
      reasons.push(
        unitSide(after.dataSource)
          ? `已有${byOtherSide}条由信用办或第三方录入的记录，不能改为单位填报`
          : `已有${byOtherSide}条单位填报的记录，不能改为由信用办或第三方录入`,
      );
    }
  }
  return reasons;
}

/** Whether two rules give the same due dates (JSON key order aside). */
export function sameRule(a: DeadlineRule, b: DeadlineRule): boolean {
  const norm = (r: DeadlineRule) => JSON.stringify(Object.entries(r).sort(([x], [y]) => x.localeCompare(y)));
  return norm(a) === norm(b);
}

/** A deadline rule from the client, checked field by field (it is evaluated, so never trusted). */
export function checkRule(raw: unknown): DeadlineRule {
  const rule = raw as Record<string, unknown> | null;
  const bad = (message: string) => AppError.validation([{ field: 'rule', message }]);
  if (!rule || typeof rule !== 'object' || typeof rule.kind !== 'string' || !RULE_KINDS.has(rule.kind)) {
    throw bad('完成时限规则的类型不正确');
  }
  const int = (value: unknown, min: number, max: number) =>
    typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
  switch (rule.kind) {
    case 'MONTHLY':
    case 'QUARTERLY':
      if (!int(rule.day, 1, 31)) throw bad('日期应为1–31之间的整数');
      break;
    case 'ANNUAL':
      if (!int(rule.month, 1, 12) || !int(rule.day, 1, 31)) throw bad('月份应为1–12、日期应为1–31之间的整数');
      break;
    case 'FIXED':
      if (typeof rule.date !== 'string' || !isRealDate(rule.date)) throw bad('日期格式应为 YYYY-MM-DD，且须是存在的日期');
      break;
    case 'WORKING_DAYS_AFTER_EVENT':
      if (!int(rule.days, 1, 365)) throw bad('工作日数应为1–365之间的整数');
      if (typeof rule.event !== 'string' || rule.event.trim() === '' || rule.event.length > 100)
        throw bad('请写明起算事件（不超过100字），如 行政许可、行政处罚决定');
      break;
  }
  return rule as unknown as DeadlineRule;
}

function isRealDate(date: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return false;
  const parsed = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === date;
}

/**
 * The columns an edit changes, each checked: a deadline rule (or, without one, a 完成时限 text
 * read by parseDeadlineText), InputField[] and the evidence requirement structurally.
 */
export function checkTaskPatch(input: UpdateTaskDefinitionInput): Partial<TaskDefinition> {
  const patch: Partial<TaskDefinition> = {};
  const problems: FieldProblem[] = [];
  if (input.title !== undefined) {
    if (input.title === null || input.title.trim() === '') problems.push({ field: 'title', message: '任务名称不能为空' });
    else patch.title = input.title.trim();
  }
  if (input.category !== undefined) patch.category = input.category?.trim() || null;
  if (input.target !== undefined) patch.target = input.target?.trim() || null;
  if (input.sourceText !== undefined) {
    if (input.sourceText === null || input.sourceText.trim() === '') problems.push({ field: 'sourceText', message: '任务原文不能为空' });
    else patch.sourceText = input.sourceText;
  }
  if (input.deadlineText !== undefined) patch.deadlineText = input.deadlineText?.trim() || null;
  if (input.deadline !== undefined && input.deadline !== null) {
    try {
      patch.deadline = checkRule(input.deadline);
    } catch (error) {
      if (error instanceof AppError && error.details?.fields) problems.push(...error.details.fields.map((f) => ({ ...f, field: 'deadline' })));
      else throw error;
    }
  } else if (patch.deadlineText !== undefined) {
    const parsed = parseDeadlineText(patch.deadlineText ?? '');
    if ('error' in parsed) problems.push({ field: 'deadlineText', message: parsed.error });
    else patch.deadline = parsed.rule;
  }
  if (input.inputs !== undefined && input.inputs !== null) {
    const found = inputFieldProblems(input.inputs);
    if (found.length > 0) problems.push(...found);
    else patch.inputs = input.inputs as InputField[];
  }
  if (input.evidence !== undefined) {
    const found = evidenceProblems(input.evidence ?? null);
    if (found.length > 0) problems.push(...found);
    else patch.evidence = (input.evidence ?? null) as EvidenceRequirement | null;
  }
  if (input.dataSource !== undefined && input.dataSource !== null) {
    if (!(TASK_DATA_SOURCES as readonly string[]).includes(input.dataSource)) {
      problems.push({ field: 'dataSource', message: `数据来源只能是：${TASK_DATA_SOURCES.join('、')}` });
    } else patch.dataSource = input.dataSource as TaskDataSource;
  }
  if (problems.length > 0) throw AppError.validation(problems);
  if (Object.keys(patch).length === 0) throw AppError.validation([{ field: 'id', message: '没有要修改的内容' }]);
  return patch;
}
