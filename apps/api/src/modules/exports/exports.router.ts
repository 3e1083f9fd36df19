import { createReadStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import ExcelJS from 'exceljs';
import { Router, type Request, type Response } from 'express';
import { AppError } from '../../common/errors/app-error';
import { ErrorCode } from '../../common/errors/error-codes';
import { sendHttpError } from '../../common/http/http-error';
import { queryFlag, queryString } from '../../common/http/upload-guard';
import { buildContext, type ContextDeps } from '../../context';
import { contentDisposition } from '../evidence/content-disposition';
import { DOCX_MIME, packReport, reportFileName, workbookKindByName, workbookWriters, XLSX_MIME } from './export-writers';

/**
 * GET /files/exports/<name>.xlsx?periodId=…[&provisional=1] — completion, warnings, ranking,
 * score-matrix (score exports: the latest publication, or the current figures with provisional=1).
 * The workbook is streamed (exceljs WorkbookWriter) straight into the response.
 * GET /files/reports/<periodId>.docx[?provisional=1] — the monitoring / evaluation report (Word).
 * GET /files/export-jobs/<jobId> — the file of a finished export job (its starter, or the same role).
 */
export function createExportsRouter(deps: ContextDeps): Router {
  const router = Router();
  const log = (error: unknown) => {
    if (deps.env.NODE_ENV !== 'test') console.error('[exports]', error);
  };

  router.get('/files/exports/:file', async (req: Request<{ file: string }>, res: Response) => {
    try {
      const ctx = await buildContext(req, res, deps);
      const name = /^([a-z-]+)\.xlsx$/.exec(req.params.file)?.[1];
      const kind = name ? workbookKindByName.get(name) : undefined;
      if (!kind) throw AppError.notFound('导出文件');
      const periodId = queryString(req, 'periodId');
      if (!periodId) throw AppError.validation([{ field: 'periodId', message: '请指定期次' }]);
      const { fileName, write } = await workbookWriters[kind](deps.services.exports, ctx, periodId, queryFlag(req, 'provisional'));
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
      const buffer = await packReport(data);
      const fileName = reportFileName(data);
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

  router.get('/files/export-jobs/:id', async (req: Request<{ id: string }>, res: Response) => {
    try {
      const ctx = await buildContext(req, res, deps);
      const file = await deps.services.exportJobs.download(ctx, req.params.id);
      const stream = createReadStream(file.path);
      // open before the headers: a file purged since the job finished is a 404, not a broken 200
      await new Promise<void>((resolve, reject) => {
        stream.once('open', () => resolve());
        stream.once('error', () => reject(new AppError(ErrorCode.NOT_FOUND, '导出文件已过期，请重新导出')));
      });
      res.status(200);
      res.setHeader('Content-Type', file.contentType);
      res.setHeader('Content-Disposition', contentDisposition(file.fileName));
      res.setHeader('X-Content-Type-Options', 'nosniff');
      res.setHeader('Cache-Control', 'private, no-store');
      await pipeline(stream, res);
    } catch (error) {
      sendHttpError(res, error, log);
    }
  });

  return router;
}
