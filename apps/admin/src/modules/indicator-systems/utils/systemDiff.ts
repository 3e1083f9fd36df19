/**
 * What a draft changes against the published version, node by node (matched by code): nodes
 * added, removed, and changed with the before/after of what matters for scoring, and the
 * system-level settings that changed, each in words.
 */
import { walkNodes, type IndicatorNode, type IndicatorSystem, type InputField, type UnitClassDefinition } from '@govtrust/indicators';
import { describeAggregation, describeApplicability, describeField, describeFieldChange, describeGradeBand, describeGrading, describeSource, describeValidity } from './describeSettings';
import { PERIOD_KIND_LABELS, unitKindsText } from './labels';

export interface NodeSnapshot {
  code: string;
  name: string;
  level: IndicatorNode['level'];
  maxPoints: string;
  rule: string | null;
  inputs: InputField[];
  appliesTo: IndicatorNode['appliesTo'];
  validity: IndicatorNode['validity'];
  aggregation: IndicatorNode['aggregation'];
  /** everything else that is encoded (source text, data source, exemption…), for "changed" detection */
  rest: string;
}

/** One change in words: 填报项 / 新增“…”, 适用范围 / 适用于全部单位 → 仅适用于A类部门. */
export interface DiffLine {
  label: string;
  text: string;
}

export interface ChangedNode {
  code: string;
  before: NodeSnapshot;
  after: NodeSnapshot;
  /** Chinese names of what changed: 名称 / 分值 / 计分规则 / 填报项 / 适用范围 / 汇总方式 / 有效期 / 其他设置 */
  aspects: string[];
  /** the changes to inputs, applicability, aggregation and validity in words */
  details: DiffLine[];
}

export interface SystemDiff {
  added: NodeSnapshot[];
  removed: NodeSnapshot[];
  changed: ChangedNode[];
  /** system-level settings (name, stated total, grading…) that differ */
  systemChanges: string[];
  /** the same, before → after in words */
  systemDetails: DiffLine[];
}

/** JSON with object keys sorted, so key order and 5 vs "5" do not count as a change. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v)) && String(Number(v)) === v.trim()) return Number(v);
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      return Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)));
    }
    return v;
  }) ?? 'null';
}

const same = (a: unknown, b: unknown) => canonical(a) === canonical(b);

function snapshot(node: IndicatorNode): NodeSnapshot {
  const { children: _children, rule, name, maxPoints, code, level, inputs, appliesTo, validity, aggregation, ...rest } = node;
  return { code, name, level, maxPoints: String(maxPoints), rule: rule ? canonical(rule) : null, inputs: inputs ?? [], appliesTo, validity, aggregation, rest: canonical(rest) };
}

function index(system: IndicatorSystem): Map<string, NodeSnapshot> {
  const out = new Map<string, NodeSnapshot>();
  walkNodes(system, ({ node }) => out.set(node.code, snapshot(node)));
  return out;
}

/** Fields matched by key: a renamed key reads as one removed and one added, which is what units see. */
function inputLines(before: InputField[], after: InputField[]): DiffLine[] {
  const lines: DiffLine[] = [];
  for (const field of after) {
    const was = before.find((f) => f.key === field.key);
    if (!was) lines.push({ label: '填报项', text: `新增${describeField(field)}` });
    else if (!same(was, field)) lines.push({ label: '填报项', text: describeFieldChange(was, field) });
  }
  for (const field of before) if (!after.some((f) => f.key === field.key)) lines.push({ label: '填报项', text: `删除${describeField(field)}` });
  // a reorder alone changes the submission form's order and nothing else
  if (lines.length === 0 && !same(before, after)) lines.push({ label: '填报项', text: '调整了填报项的顺序' });
  return lines;
}

function nodeDetails(was: NodeSnapshot, is: NodeSnapshot, classes: { before: UnitClassDefinition[]; after: UnitClassDefinition[] }): DiffLine[] {
  return [
    ...inputLines(was.inputs, is.inputs),
    ...(same(was.appliesTo, is.appliesTo) ? [] : [{ label: '适用范围', text: `${describeApplicability(was.appliesTo, classes.before)} → ${describeApplicability(is.appliesTo, classes.after)}` }]),
    ...(same(was.aggregation, is.aggregation) ? [] : [{ label: '汇总方式', text: `${describeAggregation(was.aggregation)} → ${describeAggregation(is.aggregation)}` }]),
    ...(same(was.validity, is.validity) ? [] : [{ label: '有效期', text: `${describeValidity(was.validity)} → ${describeValidity(is.validity)}` }]),
  ];
}

type Describe = (system: IndicatorSystem) => string;
const SYSTEM_FIELDS: Array<{ key: keyof IndicatorSystem; label: string; text: Describe }> = [
  { key: 'name', label: '体系名称', text: (s) => s.name },
  { key: 'totalPoints', label: '满分', text: (s) => `${String(s.totalPoints)} 分` },
  { key: 'periodKind', label: '期次类型', text: (s) => PERIOD_KIND_LABELS[s.periodKind] },
  { key: 'unitKinds', label: '评价对象', text: (s) => unitKindsText(s.unitKinds) || '未选择' },
  { key: 'grading', label: '等级划分', text: (s) => describeGrading(s.grading) },
  { key: 'decimals', label: '得分小数位', text: (s) => `${s.decimals ?? 2} 位` },
  { key: 'totalFloor', label: '总分下限', text: (s) => `${String(s.totalFloor ?? 0)} 分` },
  { key: 'unitClasses', label: '单位分类', text: (s) => (s.unitClasses ?? []).map((c) => `${c.code} ${c.label}`).join('、') || '无' },
  { key: 'source', label: '来源文件', text: (s) => describeSource(s.source) },
  { key: 'notes', label: '说明', text: (s) => `${(s.notes ?? []).filter((n) => n.trim() !== '').length} 条` },
];

/** Grading compared band by band (matched by grade), so a moved threshold reads as just that. */
function gradingLines(before: IndicatorSystem, after: IndicatorSystem): DiffLine[] {
  const was = before.grading ?? [];
  const is = after.grading ?? [];
  if (was.length === 0 || is.length === 0) return [{ label: '等级划分', text: `${describeGrading(was)} → ${describeGrading(is)}` }];
  const lines: DiffLine[] = [];
  for (const band of is) {
    const old = was.find((b) => b.grade === band.grade);
    if (!old) lines.push({ label: '等级划分', text: `新增 ${describeGradeBand(band)}` });
    else if (!same(old, band)) lines.push({ label: '等级划分', text: `${describeGradeBand(old)} → ${describeGradeBand(band)}` });
  }
  for (const band of was) if (!is.some((b) => b.grade === band.grade)) lines.push({ label: '等级划分', text: `删除 ${describeGradeBand(band)}` });
  return lines.length > 0 ? lines : [{ label: '等级划分', text: '调整了等级的顺序' }];
}

export function diffSystems(before: IndicatorSystem, after: IndicatorSystem): SystemDiff {
  const old = index(before);
  const now = index(after);
  const classes = { before: before.unitClasses ?? [], after: after.unitClasses ?? [] };
  const added = [...now.values()].filter((node) => !old.has(node.code));
  const removed = [...old.values()].filter((node) => !now.has(node.code));
  const changed: ChangedNode[] = [];
  for (const [code, was] of old) {
    const is = now.get(code);
    if (!is) continue;
    const aspects = [
      was.name !== is.name ? '名称' : null,
      canonical(was.maxPoints) !== canonical(is.maxPoints) ? '分值' : null,
      was.rule !== is.rule ? '计分规则' : null,
      same(was.inputs, is.inputs) ? null : '填报项',
      same(was.appliesTo, is.appliesTo) ? null : '适用范围',
      same(was.aggregation, is.aggregation) ? null : '汇总方式',
      same(was.validity, is.validity) ? null : '有效期',
      was.rest !== is.rest ? '其他设置' : null,
    ].filter((a): a is string => a !== null);
    if (aspects.length > 0) changed.push({ code, before: was, after: is, aspects, details: nodeDetails(was, is, classes) });
  }
  const differing = SYSTEM_FIELDS.filter(({ key }) => !same(before[key], after[key]));
  const systemDetails = differing.flatMap(({ key, label, text }) =>
    key === 'grading' ? gradingLines(before, after) : [{ label, text: `${text(before)} → ${text(after)}` }],
  );
  return { added, removed, changed, systemChanges: differing.map(({ label }) => label), systemDetails };
}

export function isEmptyDiff(diff: SystemDiff): boolean {
  return diff.added.length + diff.removed.length + diff.changed.length + diff.systemChanges.length === 0;
}
