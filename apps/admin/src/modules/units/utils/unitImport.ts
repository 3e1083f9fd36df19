import { codeOfStatus, UploadError, xhrUpload, type UploadProgress, type UploadSend } from './uploadWithProgress';

/** The API's answer to POST /files/imports/units (200, or 422 with row problems and nothing written). */
export interface UnitImportProblem {
  row: number;
  column: string;
  message: string;
}

export interface UnitImportResult {
  created: number;
  updated: number;
  dryRun: boolean;
  errors: UnitImportProblem[];
}

export type UnitImportMode = 'create' | 'upsert';

/** An HTTP answer read as an import result, or the coded error it carries. */
export function importAnswer<T extends { errors: UnitImportProblem[] }>(status: number, json: unknown): Partial<T> & { errors: UnitImportProblem[] } {
  const body = (json ?? null) as (Partial<T> & { error?: { code?: string; message?: string } }) | null;
  if (((status >= 200 && status < 300) || status === 422) && body && Array.isArray(body.errors)) return body as Partial<T> & { errors: UnitImportProblem[] };
  throw new UploadError(body?.error?.code ?? codeOfStatus(status), body?.error?.message ?? '');
}

export async function uploadUnitImport(
  file: File,
  mode: UnitImportMode,
  dryRun: boolean,
  onProgress?: (progress: UploadProgress) => void,
  send: UploadSend = xhrUpload,
): Promise<UnitImportResult> {
  const body = new FormData();
  body.append('file', file);
  const answer = await send(`/files/imports/units?mode=${mode}${dryRun ? '&dryRun=1' : ''}`, body, onProgress);
  const json = importAnswer<UnitImportResult>(answer.status, answer.json);
  return { created: json.created ?? 0, updated: json.updated ?? 0, dryRun: Boolean(json.dryRun), errors: json.errors };
}
