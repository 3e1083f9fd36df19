import { describeError } from '@govtrust/ui';
import { createEvidenceUpload } from './uploadEvidence';

/** Just enough of XMLHttpRequest to play a server: the test drives progress and the answer. */
class FakeXhr {
  static last: FakeXhr;
  method = '';
  url = '';
  withCredentials = false;
  headers: Record<string, string> = {};
  body: FormData | null = null;
  status = 0;
  responseText = '';
  upload: { onprogress: ((event: { lengthComputable: boolean; loaded: number; total: number }) => void) | null } = { onprogress: null };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  ontimeout: (() => void) | null = null;

  constructor() {
    FakeXhr.last = this;
  }
  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }
  send(body: FormData) {
    this.body = body;
  }
  progress(loaded: number, total: number) {
    this.upload.onprogress?.({ lengthComputable: true, loaded, total });
  }
  answer(status: number, body: unknown) {
    this.status = status;
    this.responseText = typeof body === 'string' ? body : JSON.stringify(body);
    this.onload?.();
  }
}

const createRequest = () => new FakeXhr() as unknown as XMLHttpRequest;
const file = () => new File(['%PDF-1.4 test'], '台账.pdf', { type: 'application/pdf' });

describe('createEvidenceUpload', () => {
  it('posts the file as multipart with the CSRF header and the session cookie, reporting upload progress', async () => {
    const progress: number[] = [];
    const upload = createEvidenceUpload({ createRequest });
    const result = upload(file(), (percent) => progress.push(percent));
    const xhr = FakeXhr.last;
    expect(xhr.method).toBe('POST');
    expect(xhr.url).toBe('/files/evidence');
    expect(xhr.withCredentials).toBe(true);
    expect(xhr.headers['x-govtrust-upload']).toBe('1');
    expect((xhr.body?.get('file') as File).name).toBe('台账.pdf');

    xhr.progress(25, 100);
    xhr.progress(80, 100);
    xhr.answer(201, { files: [{ id: 'e1', name: '台账.pdf', size: 13, mime: 'application/pdf', kind: 'PDF', sha256: 'x' }] });
    await expect(result).resolves.toMatchObject({ id: 'e1', name: '台账.pdf' });
    expect(progress).toEqual([25, 80, 100]);
  });

  it('rejects with the server’s FILE_REJECTED message, which describeError shows as it is', async () => {
    const upload = createEvidenceUpload({ createRequest });
    const result = upload(file(), () => undefined);
    FakeXhr.last.answer(415, {
      error: { code: 'FILE_REJECTED', reason: 'EXTENSION_MISMATCH', message: '台账.pdf：文件扩展名为“.pdf”，但内容是 IMAGE 文件，请检查后重新上传' },
    });
    const error = await result.catch((e: unknown) => e);
    expect(describeError(error)).toEqual({ code: 'FILE_REJECTED', message: '台账.pdf：文件扩展名为“.pdf”，但内容是 IMAGE 文件，请检查后重新上传' });
  });

  it('reports an ended session and maps statuses without an error body', async () => {
    const onUnauthenticated = jest.fn();
    const upload = createEvidenceUpload({ createRequest, onUnauthenticated });
    const expired = upload(file(), () => undefined);
    FakeXhr.last.answer(401, { error: { code: 'UNAUTHENTICATED', message: '请先登录' } });
    expect(describeError(await expired.catch((e: unknown) => e)).code).toBe('UNAUTHENTICATED');
    expect(onUnauthenticated).toHaveBeenCalledTimes(1);

    const proxied = upload(file(), () => undefined);
    FakeXhr.last.answer(502, '<html>Bad gateway</html>');
    expect(describeError(await proxied.catch((e: unknown) => e)).code).toBe('INTERNAL_SERVER_ERROR');
  });

  it('turns a dropped connection into a network error the uploader can retry', async () => {
    const upload = createEvidenceUpload({ createRequest });
    const result = upload(file(), () => undefined);
    FakeXhr.last.onerror?.();
    expect(describeError(await result.catch((e: unknown) => e))).toEqual({ code: 'NETWORK_ERROR', message: '网络连接失败，请检查网络后重试' });
  });
});
