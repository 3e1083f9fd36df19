import { Packer } from 'docx';
import ExcelJS from 'exceljs';
import { Router, type Request, type Response } from 'express';
import { AppError } from '../../common/errors/app-error';
import { sendHttpError } from '../../common/http/http-error';
import { queryFlag, queryString } from '../../common/http/upload-guard';
import { buildContext, type ContextDeps, type RequestContext } from '../../context';
import { chinaDate } from '../calendar/due-dates';
import { contentDisposition } from '../evidence/content-disposition';
import { writeCompletionWorkbook } from './completion-workbook';
import { buildReportDocument, reportTitle } from './report-docx';
import type { ScoreBook } from './score-book';
import { writeRankingWorkbook, writeScoreMatrixWorkbook } from './score-workbooks';
import { writeWarningsWorkbook } from './warnings-workbook';

const mark = (book: ScoreBook) => (book.provisional ? '（初步结果）' : '');

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Writes the workbook for one export; the data is read (and authorised) before the first byte. */
type ExportWriter = (ctx: RequestContext, periodId: string, provisional: boolean) => Promise<{
  fileName: string;
  write: (workbook: ExcelJS.stream.xlsx.WorkbookWriter) => Promise<void>;
}>;

function exportWriters(deps: ContextDeps): Record<string, ExportWriter> {
  const exports = () => deps.services.exports;
  return {
    completion: async (ctx, periodId) => {
      const now = new Date();
      const { period, summary } = await exports().completion(ctx, periodId, now);
      return {
        fileName: `${period.label}任务完成情况.xlsx`,
        write: (wb) => writeCompletionWorkbook(wb, period.label, summary, chinaDate(now)),
      };
    },
    warnings: async (ctx, periodId) => {
      const { period, rows } = await exports().warnings(ctx, periodId);
      return { fileName: `${period.label}预警清单.xlsx`, write: (wb) => writeWarningsWorkbook(wb, period.label, rows) };
    },
    ranking: async (ctx, periodId, provisional) => {
      const { period, book } = await exports().scoreBook(ctx, periodId, provisional);
      return { fileName: `${period.label}得分排名${mark(book)}.xlsx`, write: (wb) => writeRankingWorkbook(wb, period.label, book) };
    },
    'score-matrix': async (ctx, periodId, provisional) => {
      const { period, book } = await exports().scoreBook(ctx, periodId, provisional);
      return {
        fileName: `${period.label}指标得分明细${mark(book)}.xlsx`,
        write: (wb) => writeScoreMatrixWorkbook(wb, period.label, book),
      };
    },
  };
}

/**
 * GET /files/exports/<name>.xlsx?periodId=…[&provisional=1] — completion, warnings, ranking,
 * score-matrix (score exports: the latest publication, or the current figures with provisional=1).
 * The workbook is streamed (exceljs WorkbookWriter) straight into the response.
 * GET /files/reports/<periodId>.docx[?provisional=1] — the monitoring / evaluation report (Word).
 */
export function createExportsRouter(deps: ContextDeps): Router {
  const router = Router();
  const writers = exportWriters(deps);
  const log = (error: unknown) => {
    if (deps.env.NODE_ENV !== 'test') console.error('[exports]', error);
  };

  router.get('/files/exports/:file', async (req: Request<{ file: string }>, res: Response) => {
    try {
      const ctx = await buildContext(req, res, deps);
      const name = /^([a-z-]+)\.xlsx$/.exec(req.params.file)?.[1];
      const writer = name ? writers[name] : undefined;
      if (!writer) throw AppError.notFound('导出文件');
      const periodId = queryString(req, 'periodId');
      if (!periodId) throw AppError.validation([{ field: 'periodId', message: '请指定期次' }]);
      const { fileName, write } = await writer(ctx, periodId, queryFlag(req, 'provisional'));
      res.status(200);
      res.setHeader('Content-Type', XLSX_MIME);
      res.setHeader('Content-Disposition', contentDisposition(fileName));
      res.setHeader('X-Content-Type-Options', 'nosniff');
      res.setHeader('Cache-Control', 'private, no-store');
      const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: res, useStyles: true, useSharedStrings: false });
      workbook.creator = 'GovTrust 政务诚信监测评估平台';
      await write(workbook);
      await workbook.commit();
    } catch (error) {
      sendHttpError(res, error, log);
    }
  });

  router.get('/files/reports/:file', async (req: Request<{ file: string }>, res: Response) => {
    try {
      const ctx = await buildContext(req, res, deps);
      const periodId = /^([0-9a-f-]{36})\.docx$/i.exec(req.params.file)?.[1];
      if (!periodId) throw AppError.notFound('报告');
      const data = await deps.services.exports.report(ctx, periodId, queryFlag(req, 'provisional'));
      const buffer = await Packer.toBuffer(buildReportDocument(data));
      const fileName = `${reportTitle(data.periodLabel, data.annual)}${data.book.provisional ? '（初步结果）' : ''}.docx`;
      res.status(200);
      res.setHeader('Content-Type', DOCX_MIME);
      res.setHeader('Content-Disposition', contentDisposition(fileName));
      res.setHeader('X-Content-Type-Options', 'nosniff');
      res.setHeader('Cache-Control', 'private, no-store');
      res.send(buffer);
    } catch (error) {
      sendHttpError(res, error, log);
    }
  });

  return router;
}
