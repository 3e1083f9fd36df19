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

/** A failure the shared error mapping can describe: `{ code, message }` from the HTTP error body. */
export class UnitImportError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export async function uploadUnitImport(file: File, mode: UnitImportMode, dryRun: boolean, fetchImpl: typeof fetch = fetch): Promise<UnitImportResult> {
  const body = new FormData();
  body.append('file', file);
  const response = await fetchImpl(`/files/imports/units?mode=${mode}${dryRun ? '&dryRun=1' : ''}`, {
    method: 'POST',
    body,
    credentials: 'include',
    // the API refuses multipart posts without it (a cross-site form cannot add a header)
    headers: { 'x-govtrust-upload': '1' },
  });
  const json = (await response.json().catch(() => null)) as (Partial<UnitImportResult> & { error?: { code?: string; message?: string } }) | null;
  if ((response.ok || response.status === 422) && json && Array.isArray(json.errors)) {
    return { created: json.created ?? 0, updated: json.updated ?? 0, dryRun: Boolean(json.dryRun), errors: json.errors };
  }
  throw new UnitImportError(json?.error?.code ?? (response.status === 401 ? 'UNAUTHENTICATED' : 'UNKNOWN'), json?.error?.message ?? '');
}
