import { pipeline } from 'node:stream/promises';
import { Router, type Request, type Response } from 'express';
import { AppError } from '../../common/errors/app-error';
import { ErrorCode } from '../../common/errors/error-codes';
import { sendHttpError } from '../../common/http/http-error';
import { abandonRequestBody, receiveFiles, splitHead } from '../../common/http/multipart';
import { queryFlag, queryString, requireUploadHeader } from '../../common/http/upload-guard';
import { buildContext, type ContextDeps } from '../../context';
import { contentDisposition } from './content-disposition';
import type { Evidence } from './evidence.entity';
import { toStorageError, type StagedEvidence } from './evidence.service';
import { sanitizeFileName, sniffEvidenceFile, SNIFF_BYTES } from './file-sniffing';

/** Files per upload request. */
export const MAX_FILES_PER_UPLOAD = 10;

function toUploadedFile(evidence: Evidence) {
  return {
    id: evidence.id,
    name: evidence.originalName,
    size: evidence.size,
    mime: evidence.mime,
    kind: evidence.kind,
    sha256: evidence.sha256,
  };
}

/**
 * POST /files/evidence (multipart, one or more files; `?unitId=` for office/evaluator uploads),
 * GET /files/evidence/:id (download; `?inline=1` shows PDF/images in the browser),
 * DELETE /files/evidence/:id (soft delete of an unattached file).
 */
export function createEvidenceRouter(deps: ContextDeps): Router {
  const router = Router();
  const maxBytes = Math.floor(deps.env.MAX_UPLOAD_MB * 1024 * 1024);
  const log = (error: unknown) => {
    if (deps.env.NODE_ENV !== 'test') console.error('[evidence]', error);
  };

  router.post('/files/evidence', async (req: Request, res: Response) => {
    const staged: StagedEvidence[] = [];
    const evidence = deps.services.evidence;
    try {
      requireUploadHeader(req);
      const ctx = await buildContext(req, res, deps);
      const unitId = await evidence.resolveUploadUnit(ctx, queryString(req, 'unitId'));
      await receiveFiles(req, { fileSize: maxBytes, files: MAX_FILES_PER_UPLOAD }, async (file) => {
        const { head, body } = await splitHead(file.stream, SNIFF_BYTES);
        const sniffed = sniffEvidenceFile(head, file.fileName);
        if (!sniffed.ok) {
          file.stream.destroy();
          throw new AppError(ErrorCode.FILE_REJECTED, `${sanitizeFileName(file.fileName)}：${sniffed.message}`, {
            reason: sniffed.reason,
            fileName: sanitizeFileName(file.fileName),
          });
        }
        try {
          const blob = await evidence.storage.stage(body);
          staged.push({ staged: blob, name: sanitizeFileName(file.fileName), type: sniffed.type });
        } catch (error) {
          throw toStorageError(error);
        }
      });
      if (staged.length === 0) {
        throw new AppError(ErrorCode.VALIDATION_FAILED, '请选择要上传的文件', { reason: 'NO_FILES' });
      }
      const rows = await evidence.store(ctx, unitId, staged);
      res.status(201).json({ files: rows.map(toUploadedFile) });
    } catch (error) {
      await evidence.discard(staged).catch(() => undefined);
      abandonRequestBody(req, res);
      sendHttpError(res, error, log);
    }
  });

  router.get('/files/evidence/:id', async (req: Request<{ id: string }>, res: Response) => {
    try {
      const ctx = await buildContext(req, res, deps);
      const { evidence, stream } = await deps.services.evidence.open(ctx, req.params.id);
      const inline = queryFlag(req, 'inline') && (evidence.kind === 'PDF' || evidence.kind === 'IMAGE');
      res.status(200);
      res.setHeader('Content-Type', evidence.mime);
      res.setHeader('Content-Length', String(evidence.size));
      res.setHeader('Content-Disposition', contentDisposition(evidence.originalName, inline));
      res.setHeader('X-Content-Type-Options', 'nosniff');
      res.setHeader('Cache-Control', 'private, no-store');
      await pipeline(stream, res);
    } catch (error) {
      sendHttpError(res, error, log);
    }
  });

  router.delete('/files/evidence/:id', async (req: Request<{ id: string }>, res: Response) => {
    try {
      const ctx = await buildContext(req, res, deps);
      const removed = await deps.services.evidence.remove(ctx, req.params.id);
      res.status(200).json({ id: removed.id, deletedAt: removed.deletedAt });
    } catch (error) {
      sendHttpError(res, error, log);
    }
  });

  return router;
}
