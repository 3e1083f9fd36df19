/** `--explain`: one unit's score, indicator by indicator, as an indented tree. */
import type { IndicatorSystem, NodeScore, NodeStatus, ScoreCard } from '../model';
import { UserError } from './errors';
import { gradeLabel } from './ranking';
import { unitKindLabel } from './unit-kinds';

/** ideographic space, so the fields line up with the Chinese text around them */
const GAP = '\u3000';

const STATUS_TAGS: Record<NodeStatus, string> = {
  SCORED: '',
  NOT_APPLICABLE: '（不适用）',
  EXEMPTED: '（豁免）',
  MISSING_INPUT: '（缺少数据）',
  PENDING_PEERS: '（待同类单位数据齐全）',
};

export function findCard(cards: ScoreCard[], query: string): ScoreCard {
  const wanted = query.trim();
  const byId = cards.find((card) => card.unit.id === wanted);
  if (byId) return byId;
  const byName = cards.filter((card) => card.unit.name === wanted);
  if (byName.length === 1 && byName[0]) return byName[0];
  if (byName.length > 1) {
    throw new UserError(`有多个单位名为“${wanted}”，请改用单位编码：${byName.map((card) => card.unit.id).join('、')}`);
  }
  throw new UserError(`找不到要解释的单位“${wanted}”（按单位编码或单位名称查找）`);
}

function renderNode(node: NodeScore, depth: number, lines: string[]): void {
  const indent = '  '.repeat(depth);
  lines.push(`${indent}${node.code} ${node.name}  ${node.points} / ${node.maxPoints} 分${STATUS_TAGS[node.status]}`);
  if (node.explanation) lines.push(`${indent}    ${node.explanation}`);
  for (const child of node.children ?? []) renderNode(child, depth + 1, lines);
}

export function renderExplanation(system: IndicatorSystem, card: ScoreCard): string {
  const lines = [
    `单位：${card.unit.name}（${card.unit.id}，${unitKindLabel(card.unit.kind)}）`,
    `名次：${card.rank ?? '—'}${GAP}总分：${card.total}（满分 ${String(system.totalPoints)}）${GAP}等级：${gradeLabel(system, card.grade)}${card.provisional ? `${GAP}（暂定）` : ''}`,
  ];
  if (card.gradeOverride) lines.push(`等级调整：${gradeLabel(system, card.gradeOverride.grade)}，原因：${card.gradeOverride.reason}`);
  if (card.explanation) lines.push(card.explanation);
  for (const category of card.categories) renderNode(category, 0, lines);
  return lines.join('\n') + '\n';
}
