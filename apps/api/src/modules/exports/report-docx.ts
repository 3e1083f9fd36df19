import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type IParagraphOptions,
} from 'docx';
import type { RankingRow } from '../scores/dto/score.types';
import { warningKindNames, WarningSeverity, WarningStatus } from '../warnings/warning-enums';
import { completionStatusNames, type CompletionSummary } from './completion';
import { categoryAverages, overviewOf, topLosses, unitPoints } from './report-figures';
import { unitKindNames, type ScoreBook } from './score-book';
import { gradeNames, isGrade } from './xlsx-table';

export const PROVISIONAL_MARK = '初步结果，未发布';

export interface ReportWarning {
  kind: keyof typeof warningKindNames;
  severity: WarningSeverity;
  status: WarningStatus;
  message: string;
}

export interface ReportData {
  periodLabel: string;
  /** YEAR periods get the annual evaluation report, others the monitoring report */
  annual: boolean;
  book: ScoreBook;
  warnings: ReportWarning[];
  completion: CompletionSummary;
  /** China date the document was produced */
  generatedOn: string;
}

const SONG = '宋体';
const FANGSONG = '仿宋';
const HEITI = '黑体';

/** Chinese fonts must be set for the East Asian slot too, or Word falls back to its own choice. */
function run(text: string, options: { font?: string; size?: number; bold?: boolean; color?: string } = {}): TextRun {
  const name = options.font ?? FANGSONG;
  return new TextRun({
    text,
    font: { ascii: name, eastAsia: name, hAnsi: name, cs: name },
    size: options.size ?? 32,
    bold: options.bold,
    color: options.color,
  });
}

function para(text: string, options: IParagraphOptions & { font?: string; size?: number; bold?: boolean; color?: string } = {}) {
  const { font, size, bold, color, ...rest } = options;
  return new Paragraph({ spacing: { line: 560 }, ...rest, children: [run(text, { font, size, bold, color })] });
}

/** Body text: first line indented two characters, 仿宋 三号. */
const body = (text: string) => para(text, { indent: { firstLine: 640 } });
const heading = (text: string) => para(text, { font: HEITI, indent: { firstLine: 640 } });

function table(headers: string[], rows: string[][], widths: number[]): Table {
  const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
  const cell = (text: string, header: boolean, width: number) =>
    new TableCell({
      width: { size: width, type: WidthType.PERCENTAGE },
      borders: { top: border, bottom: border, left: border, right: border },
      children: [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          children: [run(text, { font: SONG, size: 21, bold: header })],
        }),
      ],
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: headers.map((h, i) => cell(h, true, widths[i]!)) }),
      ...rows.map((r) => new TableRow({ cantSplit: true, children: r.map((text, i) => cell(text, false, widths[i]!)) })),
    ],
  });
}

const gradeText = (r: RankingRow) => (isGrade(r.grade) ? gradeNames[r.grade] : '—');
const change = (r: RankingRow) => (r.pointsChange === null ? '—' : `${r.pointsChange}分`);

export function reportTitle(periodLabel: string, annual: boolean): string {
  return `${periodLabel}政务诚信${annual ? '评估' : '监测'}报告`;
}

const CN_NUMBERS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** The quarterly monitoring / annual evaluation report (第十一条) as a printable Word document. */
export function buildReportDocument(data: ReportData): Document {
  const { book } = data;
  const title = reportTitle(data.periodLabel, data.annual);
  const children: Array<Paragraph | Table> = [];
  let section = 0;
  const nextHeading = (text: string) => heading(`${CN_NUMBERS[section++] ?? section}、${text}`);

  children.push(para(title, { font: SONG, size: 44, bold: true, alignment: AlignmentType.CENTER, spacing: { after: 200 } }));
  if (book.provisional) {
    children.push(para(`（${PROVISIONAL_MARK}）`, { font: HEITI, size: 32, color: 'C00000', alignment: AlignmentType.CENTER }));
  }
  const issued = book.provisional
    ? `生成日期：${data.generatedOn}`
    : `第${book.revision ?? 1}版发布结果，生成日期：${data.generatedOn}`;
  children.push(para(issued, { size: 24, alignment: AlignmentType.CENTER, spacing: { after: 300 } }));

  children.push(nextHeading('总体情况'));
  if (book.kinds.length === 0) children.push(body('本期暂无计分结果。'));
  for (const kind of book.kinds) {
    const o = overviewOf(kind.ranking);
    const who = book.kinds.length > 1 ? `${unitKindNames[kind.unitKind] ?? kind.unitKind}类` : '';
    const hi = o.highest ? `最高分${o.highest.total}分（${o.highest.units.join('、')}）` : '';
    const lo = o.lowest ? `最低分${o.lowest.total}分（${o.lowest.units.join('、')}）` : '';
    children.push(
      body(
        `本期共对${o.units}个${who}单位开展政务诚信${data.annual ? '评估' : '监测'}，平均得分${o.average}分，${hi}，${lo}。` +
          `其中列入红名单${o.grades.RED}个、蓝名单${o.grades.BLUE}个、黄名单${o.grades.YELLOW}个。`,
      ),
    );
  }

  children.push(nextHeading('得分排名'));
  for (const kind of book.kinds) {
    if (book.kinds.length > 1) children.push(body(`（${unitKindNames[kind.unitKind] ?? kind.unitKind}）`));
    children.push(
      table(
        ['排名', '单位', '总分', '等级', '较上期'],
        kind.ranking.map((r) => [String(r.rank ?? '—'), r.unitName, r.total, gradeText(r), change(r)]),
        [10, 42, 14, 16, 18],
      ),
    );
  }

  children.push(nextHeading('等级名单'));
  for (const list of book.gradeLists) {
    const names = list.units.map((u) => (u.gradeOverride ? `${u.unitName}（${u.gradeOverride.reason}）` : u.unitName));
    children.push(body(`${list.label}（${names.length}个）：${names.length > 0 ? names.join('、') : '无'}。`));
  }

  children.push(nextHeading('分类分析'));
  for (const kind of book.kinds) {
    const averages = categoryAverages(kind.ranking);
    if (averages.length > 0) {
      children.push(body(`各一级指标平均得分：${averages.map((a) => `${a.name}${a.average}分（满分${a.maxPoints}分，得分率${a.rate}%）`).join('；')}。`));
    }
    const losses = topLosses(kind);
    if (losses.length > 0) {
      children.push(body('失分较多的指标如下：'));
      children.push(
        table(
          ['指标', '分值', '平均得分', '平均失分', '得0分单位数'],
          losses.map((l) => [l.name, l.maxPoints, l.averagePoints, l.averageLoss, String(l.unitsAtZero)]),
          [40, 12, 16, 16, 16],
        ),
      );
    }
    const points = unitPoints(kind).filter((u) => u.weakPoints.length > 0);
    if (points.length > 0) {
      children.push(body('各单位主要失分指标：'));
      children.push(
        table(
          ['单位', '主要失分指标', '满分指标数'],
          points.map((u) => [u.unitName, u.weakPoints.join('；'), String(u.fullMarks)]),
          [26, 60, 14],
        ),
      );
    }
  }

  children.push(nextHeading('预警情况'));
  const open = data.warnings.filter((w) => w.status === WarningStatus.OPEN).length;
  const acknowledged = data.warnings.filter((w) => w.status === WarningStatus.ACKNOWLEDGED).length;
  const resolved = data.warnings.length - open - acknowledged;
  const byKind = new Map<string, number>();
  for (const w of data.warnings) byKind.set(warningKindNames[w.kind], (byKind.get(warningKindNames[w.kind]) ?? 0) + 1);
  children.push(
    body(
      data.warnings.length === 0
        ? '本期未产生预警。'
        : `本期共产生预警${data.warnings.length}条，其中待处理${open}条、已确认${acknowledged}条、已解除${resolved}条；按类型：${[...byKind].map(([k, n]) => `${k}${n}条`).join('、')}。`,
    ),
  );
  const serious = data.warnings.filter((w) => w.severity === WarningSeverity.HIGH && w.status !== WarningStatus.RESOLVED);
  for (const w of serious.slice(0, 20)) children.push(body(`● ${w.message}`));
  if (serious.length > 20) children.push(body(`（另有${serious.length - 20}条严重预警，详见预警清单）`));

  children.push(nextHeading('迟报、漏报情况'));
  const { total, overdue } = data.completion;
  children.push(
    body(
      `本期应报事项${total.expected}项，按时报送${total.onTime}项、迟报${total.late}项、逾期未报${total.missing}项、尚未到期${total.pending}项，退回修改${total.returned}项。`,
    ),
  );
  if (overdue.length > 0) {
    children.push(
      table(
        ['单位', '任务', '截止日期', '情况', '逾期天数'],
        overdue.map((o) => [o.unitName, o.taskTitle, o.dueDate ?? '—', completionStatusNames[o.status], String(o.overdueDays)]),
        [24, 40, 14, 11, 11],
      ),
    );
  }

  const pageNumber = new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [
      new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font: { ascii: SONG, eastAsia: SONG }, size: 28 }),
    ],
  });
  return new Document({
    creator: 'GovTrust 政务诚信监测评估平台',
    title,
    styles: { default: { document: { run: { font: { ascii: FANGSONG, eastAsia: FANGSONG, hAnsi: FANGSONG }, size: 32 } } } },
    sections: [
      {
        properties: {
          page: { margin: { top: 2098, bottom: 1984, left: 1588, right: 1474 } },
        },
        headers: book.provisional
          ? { default: new Header({ children: [para(PROVISIONAL_MARK, { font: HEITI, size: 21, color: 'C00000', alignment: AlignmentType.RIGHT })] }) }
          : undefined,
        footers: { default: new Footer({ children: [pageNumber] }) },
        children,
      },
    ],
  });
}
