import { Router, type Request, type Response } from 'express';
import { AppError } from '../../common/errors/app-error';
import { ErrorCode } from '../../common/errors/error-codes';
import { sendHttpError } from '../../common/http/http-error';
import { abandonRequestBody } from '../../common/http/multipart';
import { queryString, requireUploadHeader } from '../../common/http/upload-guard';
import { buildContext, type ContextDeps } from '../../context';
import { MAX_FILE_BYTES } from './dual-publicity.columns';
import { DualPublicityImportService } from './dual-publicity.service';
import { receiveToTempFile, requireFile } from './received-file';

/**
 * POST /files/imports/dual-publicity?periodId=… (MONITORING_ENTER: the credit office, the
 * evaluator) — multipart with one .csv or .xlsx of 双公示 records.
 * 200 `{ rows, units, created, updated, unchanged, keys, alreadyImported, errors: [] … }`;
 * 422 with the same body plus `error` when any row has a problem (the first 100 in `errors`,
 * all of them counted in `errorCount`; nothing written).
 */
export function createDualPublicityRouter(deps: ContextDeps): Router {
  const router = Router();
  const service = new DualPublicityImportService(deps.dataSource, deps.services.audit, deps.services.scores);
  // a province's year of records is larger than an evidence file: its own cap, never below the usual one
  const maxBytes = Math.max(MAX_FILE_BYTES, Math.floor(deps.env.MAX_UPLOAD_MB * 1024 * 1024));
  const log = (error: unknown) => {
    if (deps.env.NODE_ENV !== 'test') console.error('[dual-publicity]', error);
  };

  router.post('/files/imports/dual-publicity', async (req: Request, res: Response) => {
    let cleanup: (() => Promise<void>) | null = null;
    try {
      requireUploadHeader(req);
      const ctx = await buildContext(req, res, deps);
      service.assertCanImport(ctx);
      const periodId = queryString(req, 'periodId');
      if (!periodId) throw AppError.validation([{ field: 'periodId', message: '请指定期次（periodId）' }]);
      // the period and the system's inputs are checked before one byte of the file is read
      const plan = await service.plan(ctx, periodId);
      const received = await receiveToTempFile(req, maxBytes);
      cleanup = received.cleanup;
      const result = await service.importFile(ctx, plan, requireFile(received.file));
      if (result.errorCount > 0) {
        res.status(422).json({
          ...result,
          error: { code: ErrorCode.VALIDATION_FAILED, message: `导入文件中有${result.errorCount}处错误，未写入任何数据` },
        });
        return;
      }
      res.status(200).json(result);
    } catch (error) {
      abandonRequestBody(req, res);
      sendHttpError(res, error, log);
    } finally {
      await cleanup?.();
    }
  });

  return router;
}
