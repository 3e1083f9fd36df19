import { uploadUnitImport } from './unitImport';
import type { UploadProgress, UploadSend } from './uploadWithProgress';

/** A sender that reports the bytes going out, then answers with `status` and `body`. */
const respond = (status: number, body: unknown) =>
  jest.fn<ReturnType<UploadSend>, Parameters<UploadSend>>(async (_url, _body, onProgress) => {
    onProgress?.({ phase: 'uploading', loaded: 512, total: 1024 });
    onProgress?.({ phase: 'processing', loaded: 1024, total: 1024 });
    return { status, json: body };
  });

describe('uploadUnitImport', () => {
  const file = new File(['x'], 'units.xlsx');

  it('posts the file, reports its progress and returns the counts', async () => {
    const send = respond(200, { created: 3, updated: 0, errors: [], dryRun: true });
    const seen: UploadProgress[] = [];
    await expect(uploadUnitImport(file, 'create', true, (p) => seen.push(p), send)).resolves.toEqual({ created: 3, updated: 0, errors: [], dryRun: true });
    const [url, body] = send.mock.calls[0]!;
    expect(url).toBe('/files/imports/units?mode=create&dryRun=1');
    expect((body.get('file') as File).name).toBe('units.xlsx');
    expect(seen.map((p) => p.phase)).toEqual(['uploading', 'processing']);
  });

  it('returns the row problems of a 422', async () => {
    const errors = [{ row: 3, column: '统一社会信用代码', message: '校验位错误' }];
    const result = await uploadUnitImport(file, 'upsert', false, undefined, respond(422, { created: 0, updated: 0, errors, dryRun: false, error: { code: 'VALIDATION_FAILED' } }));
    expect(result.errors).toEqual(errors);
  });

  it('throws a coded error for other failures', async () => {
    await expect(uploadUnitImport(file, 'create', false, undefined, respond(400, { error: { code: 'FILE_REJECTED', message: '请上传 .xlsx 格式的 Excel 文件' } }))).rejects.toMatchObject({
      code: 'FILE_REJECTED',
      message: '请上传 .xlsx 格式的 Excel 文件',
    });
    // a proxy's 413 has no JSON body
    await expect(uploadUnitImport(file, 'create', false, undefined, respond(413, null))).rejects.toMatchObject({ code: 'FILE_TOO_LARGE' });
  });
});
