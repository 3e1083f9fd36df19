import { UnitImportError, type UnitImportProblem } from '../../units/utils/unitImport';

/** The API's answer to POST /files/imports/task-lists (200, or 422 with every row problem and nothing written). */
export interface TaskListImportResult {
  units: number;
  tasks: number;
  assignments: number;
  dues: number;
  dryRun: boolean;
  errors: UnitImportProblem[];
}

/** create: the cycle has no list yet; replace: swap a list nobody has reported against. */
export type TaskListImportMode = 'create' | 'replace';

export async function uploadTaskListImport(
  file: File,
  cycleId: string,
  mode: TaskListImportMode,
  dryRun: boolean,
  fetchImpl: typeof fetch = fetch,
): Promise<TaskListImportResult> {
  const body = new FormData();
  body.append('file', file);
  const query = new URLSearchParams({ cycleId, mode });
  if (dryRun) query.set('dryRun', '1');
  const response = await fetchImpl(`/files/imports/task-lists?${query.toString()}`, {
    method: 'POST',
    body,
    credentials: 'include',
    // the API refuses multipart posts without it (a cross-site form cannot add a header)
    headers: { 'x-govtrust-upload': '1' },
  });
  const json = (await response.json().catch(() => null)) as (Partial<TaskListImportResult> & { error?: { code?: string; message?: string } }) | null;
  if ((response.ok || response.status === 422) && json && Array.isArray(json.errors)) {
    return {
      units: json.units ?? 0,
      tasks: json.tasks ?? 0,
      assignments: json.assignments ?? 0,
      dues: json.dues ?? 0,
      dryRun: Boolean(json.dryRun),
      errors: json.errors,
    };
  }
  throw new UnitImportError(json?.error?.code ?? (response.status === 401 ? 'UNAUTHENTICATED' : 'UNKNOWN'), json?.error?.message ?? '');
}
