import { Router, type Request, type Response } from 'express';
import { requireUser } from '../../common/auth/guards';
import { AppError } from '../../common/errors/app-error';
import { ErrorCode } from '../../common/errors/error-codes';
import { sendHttpError } from '../../common/http/http-error';
import { abandonRequestBody, receiveFiles, splitHead } from '../../common/http/multipart';
import { queryFlag, queryString, requireUploadHeader } from '../../common/http/upload-guard';
import { buildContext, type ContextDeps } from '../../context';
import { sanitizeFileName, sniffEvidenceFile, SNIFF_BYTES } from '../evidence/file-sniffing';
import { genheTasks2023 } from '@govtrust/indicators';
import { buildTaskListSample, buildTaskListTemplate } from './task-list-template';
import { buildUnitTemplate } from './unit-template';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Reads the one .xlsx of an import request into memory (bounded by MAX_UPLOAD_MB), sniffed first. */
async function receiveXlsx(req: Request, maxBytes: number): Promise<{ buffer: Buffer; fileName: string }> {
  let received: { buffer: Buffer; fileName: string } | null = null;
  await receiveFiles(req, { fileSize: maxBytes, files: 1 }, async (file) => {
    const { head, body } = await splitHead(file.stream, SNIFF_BYTES);
    const fileName = sanitizeFileName(file.fileName);
    const sniffed = sniffEvidenceFile(head, file.fileName);
    if (!sniffed.ok || sniffed.type.kind !== 'XLSX') {
      file.stream.destroy();
      const reason = sniffed.ok ? 'NOT_XLSX' : sniffed.reason;
      const detail = sniffed.ok ? '' : `（${sniffed.message}）`;
      throw new AppError(ErrorCode.FILE_REJECTED, `请上传 .xlsx 格式的 Excel 文件${detail}`, { reason, fileName });
    }
    const chunks: Buffer[] = [];
    for await (const chunk of body as AsyncIterable<Buffer>) chunks.push(chunk);
    received = { buffer: Buffer.concat(chunks), fileName };
  });
  if (!received) throw new AppError(ErrorCode.VALIDATION_FAILED, '请选择要导入的 Excel 文件', { reason: 'NO_FILES' });
  return received;
}

/**
 * GET /files/templates/units.xlsx — the 单位导入模板;
 * POST /files/imports/units?mode=create|upsert&dryRun=1 — multipart with one .xlsx.
 * 200 `{ created, updated, errors: [], dryRun }` when the file is (or would be) imported;
 * 422 with the same body plus `error` when any row has a problem (nothing written).
 */
export function createImportsRouter(deps: ContextDeps): Router {
  const router = Router();
  const maxBytes = Math.floor(deps.env.MAX_UPLOAD_MB * 1024 * 1024);
  const log = (error: unknown) => {
    if (deps.env.NODE_ENV !== 'test') console.error('[imports]', error);
  };

  router.get('/files/templates/units.xlsx', async (req: Request, res: Response) => {
    try {
      requireUser(await buildContext(req, res, deps));
      const buffer = await buildUnitTemplate();
      res.setHeader('Content-Type', XLSX_MIME);
      res.setHeader('Content-Disposition', `attachment; filename="units.xlsx"; filename*=UTF-8''${encodeURIComponent('单位导入模板.xlsx')}`);
      res.setHeader('X-Content-Type-Options', 'nosniff');
      res.send(buffer);
    } catch (error) {
      sendHttpError(res, error, log);
    }
  });

  router.post('/files/imports/units', async (req: Request, res: Response) => {
    try {
      requireUploadHeader(req);
      const ctx = await buildContext(req, res, deps);
      const imports = deps.services.unitImports;
      imports.assertCanImport(ctx);
      const mode = queryString(req, 'mode') ?? 'create';
      if (mode !== 'create' && mode !== 'upsert') {
        throw AppError.validation([{ field: 'mode', message: '导入方式只能是 create（仅新增）或 upsert（新增并更新已有单位）' }]);
      }
      const file = await receiveXlsx(req, maxBytes);
      const result = await imports.importUnits(ctx, file, { mode, dryRun: queryFlag(req, 'dryRun') });
      if (result.errors.length > 0) {
        res.status(422).json({
          ...result,
          error: { code: ErrorCode.VALIDATION_FAILED, message: `导入文件中有${result.errors.length}处错误，未写入任何数据` },
        });
        return;
      }
      res.status(200).json(result);
    } catch (error) {
      abandonRequestBody(req, res);
      sendHttpError(res, error, log);
    }
  });

  /**
   * GET /files/templates/task-list.xlsx — the 任务清单导入模板; GET /files/templates/task-list-genhe-2023.xlsx —
   * the Genhe 2023 list as a filled-in sample; POST /files/imports/task-lists?cycleId=…&mode=create|replace&dryRun=1
   * (CONFIG_MANAGE) — 200 `{ units, tasks, assignments, dues, errors: [], dryRun }`, or 422 with every row error.
   */
  const templates: Array<[string, string, () => Promise<Buffer>]> = [
    ['task-list.xlsx', '任务清单导入模板.xlsx', buildTaskListTemplate],
    ['task-list-genhe-2023.xlsx', '根河市2023年任务清单（示例）.xlsx', () => buildTaskListSample(genheTasks2023)],
  ];
  for (const [path, downloadName, build] of templates) {
    router.get(`/files/templates/${path}`, async (req: Request, res: Response) => {
      try {
        requireUser(await buildContext(req, res, deps));
        const buffer = await build();
        res.setHeader('Content-Type', XLSX_MIME);
        res.setHeader('Content-Disposition', `attachment; filename="${path}"; filename*=UTF-8''${encodeURIComponent(downloadName)}`);
        res.setHeader('X-Content-Type-Options', 'nosniff');
        res.send(buffer);
      } catch (error) {
        sendHttpError(res, error, log);
      }
    });
  }

  router.post('/files/imports/task-lists', async (req: Request, res: Response) => {
    try {
      requireUploadHeader(req);
      const ctx = await buildContext(req, res, deps);
      const imports = deps.services.taskListImports;
      imports.assertCanImport(ctx);
      const cycleId = queryString(req, 'cycleId');
      if (!cycleId) throw AppError.validation([{ field: 'cycleId', message: '请指定考核周期（cycleId）' }]);
      const mode = queryString(req, 'mode') ?? 'create';
      if (mode !== 'create' && mode !== 'replace') {
        throw AppError.validation([{ field: 'mode', message: '导入方式只能是 create（新建）或 replace（整体替换尚无填报的任务清单）' }]);
      }
      const file = await receiveXlsx(req, maxBytes);
      const result = await imports.importTaskLists(ctx, cycleId, file, { mode, dryRun: queryFlag(req, 'dryRun') });
      if (result.errors.length > 0) {
        res.status(422).json({
          ...result,
          error: { code: ErrorCode.VALIDATION_FAILED, message: `导入文件中有${result.errors.length}处错误，未写入任何数据` },
        });
        return;
      }
      res.status(200).json(result);
    } catch (error) {
      abandonRequestBody(req, res);
      sendHttpError(res, error, log);
    }
  });

  return router;
}
