import { Packer } from 'docx';
import type ExcelJS from 'exceljs';
import { chinaDate } from '../calendar/due-dates';
import type { ReportContext } from '../scores/score-reports.service';
import { writeCompletionWorkbook } from './completion-workbook';
import type { ExportService } from './export.service';
import { ExportKind } from './export-kind';
import { buildReportDocument, reportTitle, type ReportData } from './report-docx';
import type { ScoreBook } from './score-book';
import { writeRankingWorkbook, writeScoreMatrixWorkbook } from './score-workbooks';
import { writeWarningsWorkbook } from './warnings-workbook';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const mark = (book: ScoreBook) => (book.provisional ? '（初步结果）' : '');
const rowsOf = (book: ScoreBook) => book.kinds.reduce((n, kind) => n + kind.ranking.length, 0);

/**
 * One workbook, its data already read (and authorised): `rows` is how many table rows `write`
 * will emit, so a job can report rows written / rows total.
 */
export interface PreparedWorkbook {
  fileName: string;
  rows: number;
  write: (workbook: ExcelJS.stream.xlsx.WorkbookWriter, onRow?: () => void) => Promise<void>;
}

export type WorkbookKind = Exclude<ExportKind, ExportKind.REPORT_DOCX>;

type WorkbookWriter = (exports: ExportService, ctx: ReportContext, periodId: string, provisional: boolean) => Promise<PreparedWorkbook>;

/** The workbooks behind both the GET routes and export jobs. */
export const workbookWriters: Record<WorkbookKind, WorkbookWriter> = {
  [ExportKind.COMPLETION]: async (exports, ctx, periodId) => {
    const now = new Date();
    const { period, summary } = await exports.completion(ctx, periodId, now);
    return {
      fileName: `${period.label}任务完成情况.xlsx`,
      rows: summary.units.length + summary.tasks.length + summary.overdue.length,
      write: (wb, onRow) => writeCompletionWorkbook(wb, period.label, summary, chinaDate(now), onRow),
    };
  },
  [ExportKind.WARNINGS]: async (exports, ctx, periodId) => {
    const { period, rows } = await exports.warnings(ctx, periodId);
    return {
      fileName: `${period.label}预警清单.xlsx`,
      rows: rows.length,
      write: (wb, onRow) => writeWarningsWorkbook(wb, period.label, rows, onRow),
    };
  },
  [ExportKind.RANKING]: async (exports, ctx, periodId, provisional) => {
    const { period, book } = await exports.scoreBook(ctx, periodId, provisional);
    return {
      fileName: `${period.label}得分排名${mark(book)}.xlsx`,
      rows: rowsOf(book),
      write: (wb, onRow) => writeRankingWorkbook(wb, period.label, book, onRow),
    };
  },
  [ExportKind.SCORE_MATRIX]: async (exports, ctx, periodId, provisional) => {
    const { period, book } = await exports.scoreBook(ctx, periodId, provisional);
    return {
      fileName: `${period.label}指标得分明细${mark(book)}.xlsx`,
      rows: rowsOf(book),
      write: (wb, onRow) => writeScoreMatrixWorkbook(wb, period.label, book, onRow),
    };
  },
};

/** The URL names of the workbooks under /files/exports/<name>.xlsx. */
export const workbookKindByName: ReadonlyMap<string, WorkbookKind> = new Map([
  ['completion', ExportKind.COMPLETION],
  ['warnings', ExportKind.WARNINGS],
  ['ranking', ExportKind.RANKING],
  ['score-matrix', ExportKind.SCORE_MATRIX],
]);

export function reportFileName(data: ReportData): string {
  return `${reportTitle(data.periodLabel, data.annual)}${data.book.provisional ? '（初步结果）' : ''}.docx`;
}

export function packReport(data: ReportData): Promise<Buffer> {
  return Packer.toBuffer(buildReportDocument(data));
}
