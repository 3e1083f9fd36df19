/**
 * What a draft changes against the published version, node by node (matched by code): nodes
 * added, removed, and changed with the before/after of what matters for scoring.
 */
import { walkNodes, type IndicatorNode, type IndicatorSystem } from '@govtrust/indicators';

export interface NodeSnapshot {
  code: string;
  name: string;
  level: IndicatorNode['level'];
  maxPoints: string;
  rule: string | null;
  /** everything else that is encoded (inputs, data source, exemption…), for "changed" detection */
  rest: string;
}

export interface ChangedNode {
  code: string;
  before: NodeSnapshot;
  after: NodeSnapshot;
  /** Chinese names of what changed: 名称 / 分值 / 计分规则 / 其他设置 */
  aspects: string[];
}

export interface SystemDiff {
  added: NodeSnapshot[];
  removed: NodeSnapshot[];
  changed: ChangedNode[];
  /** system-level settings (name, stated total, grading…) that differ */
  systemChanges: string[];
}

/** JSON with object keys sorted, so key order and 5 vs "5" do not count as a change. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v)) && String(Number(v)) === v.trim()) return Number(v);
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      return Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)));
    }
    return v;
  });
}

function snapshot(node: IndicatorNode): NodeSnapshot {
  const { children: _children, rule, name, maxPoints, code, level, ...rest } = node;
  return { code, name, level, maxPoints: String(maxPoints), rule: rule ? canonical(rule) : null, rest: canonical(rest) };
}

function index(system: IndicatorSystem): Map<string, NodeSnapshot> {
  const out = new Map<string, NodeSnapshot>();
  walkNodes(system, ({ node }) => out.set(node.code, snapshot(node)));
  return out;
}

const SYSTEM_FIELDS: Array<[keyof IndicatorSystem, string]> = [
  ['name', '体系名称'],
  ['totalPoints', '满分'],
  ['periodKind', '期次类型'],
  ['unitKinds', '评价对象'],
  ['grading', '等级划分'],
  ['decimals', '得分小数位'],
  ['totalFloor', '总分下限'],
];

export function diffSystems(before: IndicatorSystem, after: IndicatorSystem): SystemDiff {
  const old = index(before);
  const now = index(after);
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
      was.rest !== is.rest ? '其他设置' : null,
    ].filter((a): a is string => a !== null);
    if (aspects.length > 0) changed.push({ code, before: was, after: is, aspects });
  }
  const systemChanges = SYSTEM_FIELDS.filter(([key]) => canonical(before[key]) !== canonical(after[key])).map(([, label]) => label);
  return { added, removed, changed, systemChanges };
}

export function isEmptyDiff(diff: SystemDiff): boolean {
  return diff.added.length + diff.removed.length + diff.changed.length + diff.systemChanges.length === 0;
}
