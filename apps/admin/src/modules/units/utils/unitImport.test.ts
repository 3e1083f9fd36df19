import { uploadUnitImport } from './unitImport';

const respond = (status: number, body: unknown) =>
  jest.fn(async () => ({ ok: status < 300, status, json: async () => body }) as unknown as Response);

describe('uploadUnitImport', () => {
  const file = new File(['x'], 'units.xlsx');

  it('posts the file with the upload header and returns the counts', async () => {
    const fetchImpl = respond(200, { created: 3, updated: 0, errors: [], dryRun: true });
    await expect(uploadUnitImport(file, 'create', true, fetchImpl)).resolves.toEqual({ created: 3, updated: 0, errors: [], dryRun: true });
    const [url, init] = fetchImpl.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/files/imports/units?mode=create&dryRun=1');
    expect(init.headers).toEqual({ 'x-govtrust-upload': '1' });
  });

  it('returns the row problems of a 422', async () => {
    const errors = [{ row: 3, column: '统一社会信用代码', message: '校验位错误' }];
    const result = await uploadUnitImport(file, 'upsert', false, respond(422, { created: 0, updated: 0, errors, dryRun: false, error: { code: 'VALIDATION_FAILED' } }));
    expect(result.errors).toEqual(errors);
  });

  it('throws a coded error for other failures', async () => {
    await expect(uploadUnitImport(file, 'create', false, respond(400, { error: { code: 'FILE_REJECTED', message: '请上传 .xlsx 格式的 Excel 文件' } }))).rejects.toMatchObject({
      code: 'FILE_REJECTED',
      message: '请上传 .xlsx 格式的 Excel 文件',
    });
  });
});
