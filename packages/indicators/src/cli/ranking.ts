/** The ranked table printed by `score` and `demo`: 名次, 单位, 总分, one column per category, 等级. */
import type { Grade, IndicatorSystem, NodeScore, ScoreCard, UnitKind } from '../model';
import { renderTable, type TableColumn } from './render-table';
import { truncate } from './text-width';

/** long category names (淮安: 诚信镇（街）创建，推动信用管理等相关部门工作) would make the table too wide */
const MAX_CATEGORY_HEADER_WIDTH = 16;
import { unitKindLabel } from './unit-kinds';

export function gradeLabel(system: IndicatorSystem, grade: Grade | null): string {
  if (!grade) return '—';
  return system.grading?.find((band) => band.grade === grade)?.label ?? grade;
}

export function categoryCell(node: NodeScore | undefined): string {
  if (!node || node.status === 'NOT_APPLICABLE') return '—';
  return node.points;
}

function table(system: IndicatorSystem, cards: ScoreCard[]): string {
  const columns: TableColumn[] = [
    { header: '名次', align: 'right' },
    { header: '单位' },
    { header: '总分', align: 'right' },
    ...system.categories.map((category): TableColumn => ({ header: truncate(category.name, MAX_CATEGORY_HEADER_WIDTH), align: 'right' })),
    { header: '等级' },
  ];
  const rows = cards.map((card) => [
    card.rank === undefined ? '—' : String(card.rank),
    card.unit.name,
    card.total,
    ...system.categories.map((category) => categoryCell(card.categories.find((node) => node.code === category.code))),
    gradeLabel(system, card.grade) + (card.gradeOverride ? '*' : ''),
  ]);
  return renderTable(columns, rows);
}

function footnotes(system: IndicatorSystem, cards: ScoreCard[]): string[] {
  const notes: string[] = [];
  for (const card of cards) {
    if (card.gradeOverride) {
      notes.push(`* ${card.unit.name}：等级调整为${gradeLabel(system, card.gradeOverride.grade)}，原因：${card.gradeOverride.reason}`);
    }
  }
  if (cards.some((card) => card.provisional)) notes.push('注：部分得分依赖同类单位的数据，尚未收齐，结果为暂定。');
  return notes;
}

/** One table per unit kind when a system evaluates several (peers are ranked within a kind). */
export function renderRanking(system: IndicatorSystem, cards: ScoreCard[]): string {
  const kinds: UnitKind[] = [];
  for (const card of cards) if (!kinds.includes(card.unit.kind)) kinds.push(card.unit.kind);
  const parts = [`${system.name}（${system.id}，满分 ${String(system.totalPoints)}）\n`];
  for (const kind of kinds) {
    const group = cards.filter((card) => card.unit.kind === kind);
    if (kinds.length > 1) parts.push(`\n【${unitKindLabel(kind)}】\n`);
    parts.push(table(system, group));
  }
  const notes = footnotes(system, cards);
  if (notes.length > 0) parts.push(notes.join('\n') + '\n');
  return parts.join('');
}
