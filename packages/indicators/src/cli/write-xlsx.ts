/**
 * `--out results.xlsx`: sheet 排名 (one row per unit) and sheet 得分明细 (every node of every
 * unit with its points and explanation). Points are written as numbers with format 0.00 so Excel
 * can sort and sum them; the decimal strings have two decimals, which a double holds exactly
 * enough for display.
 */
import ExcelJS from 'exceljs';
import type { IndicatorSystem, NodeScore, ScoreCard } from '../model';
import { categoryCell, gradeLabel } from './ranking';
import { unitKindLabel } from './unit-kinds';
import { writeFileAtomic } from './write-atomic';

const POINTS_FORMAT = '0.00';
const LEVEL_LABELS: Record<NodeScore['level'], string> = { CATEGORY: '一级指标', INDICATOR: '二级指标', ITEM: '考核内容' };
const STATUS_LABELS: Record<NodeScore['status'], string> = {
  SCORED: '已计分',
  NOT_APPLICABLE: '不适用',
  EXEMPTED: '豁免',
  MISSING_INPUT: '缺少数据',
  PENDING_PEERS: '待同类单位数据',
};

const asNumber = (points: string): number | string => (points === '—' ? points : Number(points));

function styleHeader(sheet: ExcelJS.Worksheet): void {
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
}

function rankingSheet(workbook: ExcelJS.Workbook, system: IndicatorSystem, cards: ScoreCard[]): void {
  const sheet = workbook.addWorksheet('排名');
  const categoryHeaders = system.categories.map((category) => category.name);
  sheet.addRow(['名次', '单位编码', '单位名称', '单位类型', '总分', '适用满分', ...categoryHeaders, '等级', '暂定', '说明']);
  for (const card of cards) {
    sheet.addRow([
      card.rank ?? '',
      card.unit.id,
      card.unit.name,
      unitKindLabel(card.unit.kind),
      Number(card.total),
      Number(card.maxTotal),
      ...system.categories.map((category) => asNumber(categoryCell(card.categories.find((node) => node.code === category.code)))),
      gradeLabel(system, card.grade) + (card.gradeOverride ? `（调整：${card.gradeOverride.reason}）` : ''),
      card.provisional ? '是' : '否',
      card.explanation,
    ]);
  }
  const firstPoints = 5;
  for (let column = firstPoints; column < firstPoints + 2 + categoryHeaders.length; column += 1) {
    sheet.getColumn(column).numFmt = POINTS_FORMAT;
    sheet.getColumn(column).width = 12;
  }
  sheet.getColumn(3).width = 24;
  styleHeader(sheet);
}

function detailSheet(workbook: ExcelJS.Workbook, cards: ScoreCard[]): void {
  const sheet = workbook.addWorksheet('得分明细');
  sheet.addRow(['单位编码', '单位名称', '层级', '指标编码', '指标名称', '满分', '得分', '状态', '说明']);
  const addNode = (card: ScoreCard, node: NodeScore, depth: number): void => {
    sheet.addRow([
      card.unit.id,
      card.unit.name,
      LEVEL_LABELS[node.level],
      node.code,
      `${'  '.repeat(depth)}${node.name}`,
      Number(node.maxPoints),
      Number(node.points),
      STATUS_LABELS[node.status],
      node.explanation,
    ]);
    for (const child of node.children ?? []) addNode(card, child, depth + 1);
  };
  for (const card of cards) for (const category of card.categories) addNode(card, category, 0);
  sheet.getColumn(6).numFmt = POINTS_FORMAT;
  sheet.getColumn(7).numFmt = POINTS_FORMAT;
  sheet.getColumn(5).width = 36;
  sheet.getColumn(9).width = 80;
  styleHeader(sheet);
}

export async function resultsWorkbookBuffer(system: IndicatorSystem, cards: ScoreCard[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'govtrust-score';
  rankingSheet(workbook, system, cards);
  detailSheet(workbook, cards);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

export async function writeResultsXlsx(path: string, system: IndicatorSystem, cards: ScoreCard[]): Promise<void> {
  writeFileAtomic(path, await resultsWorkbookBuffer(system, cards));
}
