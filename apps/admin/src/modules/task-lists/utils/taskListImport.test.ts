import type { UploadSend } from '../../units/utils/uploadWithProgress';
import { uploadTaskListImport } from './taskListImport';

const respond = (status: number, body: unknown) =>
  jest.fn<ReturnType<UploadSend>, Parameters<UploadSend>>(async (_url, _body, onProgress) => {
    onProgress?.({ phase: 'processing', loaded: 1, total: 1 });
    return { status, json: body };
  });

describe('uploadTaskListImport', () => {
  const file = new File(['x'], 'tasks.xlsx');

  it('posts the file for the cycle, passes the progress on and returns the counts', async () => {
    const send = respond(200, { units: 2, tasks: 5, assignments: 0, dues: 0, errors: [], dryRun: true });
    const onProgress = jest.fn();
    await expect(uploadTaskListImport(file, 'c 1', 'create', true, onProgress, send)).resolves.toEqual({ units: 2, tasks: 5, assignments: 0, dues: 0, errors: [], dryRun: true });
    const [url, body] = send.mock.calls[0]!;
    expect(url).toBe('/files/imports/task-lists?cycleId=c+1&mode=create&dryRun=1');
    expect((body.get('file') as File).name).toBe('tasks.xlsx');
    expect(onProgress).toHaveBeenCalledWith({ phase: 'processing', loaded: 1, total: 1 });
  });

  it('returns the row problems of a 422', async () => {
    const errors = [{ row: 4, column: '完成时限', message: '无法识别的完成时限' }];
    const result = await uploadTaskListImport(file, 'c1', 'replace', false, undefined, respond(422, { units: 0, tasks: 0, errors, dryRun: false, error: { code: 'VALIDATION_FAILED' } }));
    expect(result.errors).toEqual(errors);
  });

  it('throws a coded error for other failures', async () => {
    await expect(uploadTaskListImport(file, 'c1', 'create', false, undefined, respond(409, { error: { code: 'INVALID_STATE', message: '该周期已有任务清单' } }))).rejects.toMatchObject({
      code: 'INVALID_STATE',
      message: '该周期已有任务清单',
    });
  });
});
