import { uploadTaskListImport } from './taskListImport';

const respond = (status: number, body: unknown) =>
  jest.fn(async () => ({ ok: status < 300, status, json: async () => body }) as unknown as Response);

describe('uploadTaskListImport', () => {
  const file = new File(['x'], 'tasks.xlsx');

  it('posts the file for the cycle with the upload header and returns the counts', async () => {
    const fetchImpl = respond(200, { units: 2, tasks: 5, assignments: 0, dues: 0, errors: [], dryRun: true });
    await expect(uploadTaskListImport(file, 'c 1', 'create', true, fetchImpl)).resolves.toEqual({ units: 2, tasks: 5, assignments: 0, dues: 0, errors: [], dryRun: true });
    const [url, init] = fetchImpl.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/files/imports/task-lists?cycleId=c+1&mode=create&dryRun=1');
    expect(init.headers).toEqual({ 'x-govtrust-upload': '1' });
  });

  it('returns the row problems of a 422', async () => {
    const errors = [{ row: 4, column: '完成时限', message: '无法识别的完成时限' }];
    const result = await uploadTaskListImport(file, 'c1', 'replace', false, respond(422, { units: 0, tasks: 0, errors, dryRun: false, error: { code: 'VALIDATION_FAILED' } }));
    expect(result.errors).toEqual(errors);
  });

  it('throws a coded error for other failures', async () => {
    await expect(uploadTaskListImport(file, 'c1', 'create', false, respond(409, { error: { code: 'INVALID_STATE', message: '该周期已有任务清单' } }))).rejects.toMatchObject({
      code: 'INVALID_STATE',
      message: '该周期已有任务清单',
    });
  });
});
