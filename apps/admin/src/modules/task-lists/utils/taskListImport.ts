import { importAnswer, type UnitImportProblem } from '../../units/utils/unitImport';
import { xhrUpload, type UploadProgress, type UploadSend } from '../../units/utils/uploadWithProgress';

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
  onProgress?: (progress: UploadProgress) => void,
  send: UploadSend = xhrUpload,
): Promise<TaskListImportResult> {
  const body = new FormData();
  body.append('file', file);
  const query = new URLSearchParams({ cycleId, mode });
  if (dryRun) query.set('dryRun', '1');
  const answer = await send(`/files/imports/task-lists?${query.toString()}`, body, onProgress);
  const json = importAnswer<TaskListImportResult>(answer.status, answer.json);
  return {
    units: json.units ?? 0,
    tasks: json.tasks ?? 0,
    assignments: json.assignments ?? 0,
    dues: json.dues ?? 0,
    dryRun: Boolean(json.dryRun),
    errors: json.errors,
  };
}
