import type { NodeScore, ScoreCard } from '@govtrust/indicators';
import type ExcelJS from 'exceljs';
import type { RankingRow } from '../scores/dto/score.types';
import { unitKindNames, type KindResults, type ScoreBook } from './score-book';
import { isGrade, gradeNames, writeTableSheet, type ColumnSpec } from './xlsx-table';

const num = (value: string | null | undefined): number | null => (value == null ? null : Number(value));

function sheetName(kind: KindResults, book: ScoreBook, suffix: string): string {
  const base = book.kinds.length > 1 ? `${unitKindNames[kind.unitKind] ?? kind.unitKind}${suffix}` : suffix;
  // Excel forbids : \ / ? * [ ] in sheet names and allows 31 characters
  return base.replace(/[:\\/?*[\]]/g, '').slice(0, 31);
}

function titleOf(periodLabel: string, book: ScoreBook, subject: string): string {
  return `${periodLabel}${subject}${book.provisional ? '（初步结果，未发布）' : ''}`;
}

/** 排名: rank, total, grade (coloured), change against the previous period, category points. */
export async function writeRankingWorkbook(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  periodLabel: string,
  book: ScoreBook,
  onRow?: () => void,
): Promise<void> {
  for (const kind of book.kinds) {
    const categories = kind.ranking[0]?.categories ?? [];
    const columns: Array<ColumnSpec<RankingRow>> = [
      { header: '排名', width: 6, value: (r) => r.rank },
      { header: '单位名称', width: 28, value: (r) => r.unitName },
      { header: '总分', width: 9, value: (r) => num(r.total), numFmt: '0.00' },
      { header: '满分', width: 9, value: (r) => num(r.maxTotal), numFmt: '0.00' },
      {
        header: '等级',
        width: 9,
        value: (r) => (isGrade(r.grade) ? gradeNames[r.grade] : null),
        grade: (r) => (isGrade(r.grade) ? r.grade : null),
      },
      { header: '等级调整说明', width: 24, value: (r) => r.gradeOverride?.reason ?? null },
      { header: '上期总分', width: 10, value: (r) => num(r.previousTotal), numFmt: '0.00' },
      { header: '分数变化', width: 10, value: (r) => num(r.pointsChange), numFmt: '+0.00;-0.00;0.00' },
      { header: '上期排名', width: 9, value: (r) => r.previousRank },
      { header: '名次变化', width: 9, value: (r) => r.rankChange },
      { header: '暂定', width: 6, value: (r) => (r.provisional ? '是' : '否') },
      ...categories.map(
        (c, i): ColumnSpec<RankingRow> => ({
          header: `${c.name}（${c.maxPoints}分）`,
          width: 14,
          value: (r) => num(r.categories[i]?.points),
          numFmt: '0.00',
        }),
      ),
    ];
    await writeTableSheet(workbook, sheetName(kind, book, '排名'), titleOf(periodLabel, book, '政务诚信得分排名'), columns, kind.ranking, onRow);
  }
}

/** Categories and indicators in tree order, the union over the kind's cards. */
function matrixNodes(cards: Iterable<ScoreCard>): NodeScore[] {
  const seen = new Map<string, NodeScore>();
  const visit = (nodes: readonly NodeScore[], depth: number) => {
    for (const n of nodes) {
      if (!seen.has(n.code)) seen.set(n.code, n);
      if (depth === 0 && n.children) visit(n.children, 1);
    }
  };
  for (const card of cards) visit(card.categories, 0);
  return [...seen.values()];
}

function pointsOf(card: ScoreCard | undefined, code: string): number | string | null {
  const find = (nodes: readonly NodeScore[] | undefined): NodeScore | undefined => {
    for (const n of nodes ?? []) {
      if (n.code === code) return n;
      const hit = find(n.children);
      if (hit) return hit;
    }
    return undefined;
  };
  const node = find(card?.categories);
  if (!node) return null;
  return node.status === 'NOT_APPLICABLE' ? '不适用' : Number(node.points);
}

/** 得分明细: one row per unit (in rank order), one column per category and indicator. */
export async function writeScoreMatrixWorkbook(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  periodLabel: string,
  book: ScoreBook,
  onRow?: () => void,
): Promise<void> {
  for (const kind of book.kinds) {
    const nodes = matrixNodes(kind.cards.values());
    const columns: Array<ColumnSpec<RankingRow>> = [
      { header: '排名', width: 6, value: (r) => r.rank },
      { header: '单位名称', width: 28, value: (r) => r.unitName },
      { header: '总分', width: 9, value: (r) => num(r.total), numFmt: '0.00' },
      {
        header: '等级',
        width: 9,
        value: (r) => (isGrade(r.grade) ? gradeNames[r.grade] : null),
        grade: (r) => (isGrade(r.grade) ? r.grade : null),
      },
      ...nodes.map(
        (n): ColumnSpec<RankingRow> => ({
          header: `${n.code} ${n.name}（${n.maxPoints}分）`,
          width: n.level === 'CATEGORY' ? 16 : 14,
          value: (r) => pointsOf(kind.cards.get(r.unitId), n.code),
          numFmt: '0.00',
        }),
      ),
    ];
    await writeTableSheet(workbook, sheetName(kind, book, '得分明细'), titleOf(periodLabel, book, '各单位指标得分明细'), columns, kind.ranking, onRow);
  }
}
