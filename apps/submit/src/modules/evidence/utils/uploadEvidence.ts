import type { UploadEvidenceFn, UploadedEvidence } from '@govtrust/ui';

/** One stored file as `POST /files/evidence` answers it. */
export interface StoredEvidenceFile extends UploadedEvidence {
  size: number;
  mime: string;
  kind: string;
  sha256: string;
}

/**
 * A refused upload, shaped so describeError reads it: `code` is the API's error code and `message`
 * its Chinese text (e.g. FILE_REJECTED "x.pdf：文件内容与扩展名不符"); a response without an error
 * body carries only its HTTP status, and a dropped connection is a network error.
 */
export class EvidenceUploadError extends Error {
  readonly code?: string;
  readonly statusCode?: number;
  readonly networkError?: { message: string };

  constructor(init: { message: string; code?: string; statusCode?: number; network?: boolean }) {
    super(init.message);
    this.name = 'EvidenceUploadError';
    if (init.code) this.code = init.code;
    if (init.statusCode !== undefined) this.statusCode = init.statusCode;
    if (init.network) this.networkError = { message: init.message };
  }
}

export interface EvidenceUploadOptions {
  url?: string;
  /** a file refused because the session ended: the app sends the user back to the login page */
  onUnauthenticated?: () => void;
  createRequest?: () => XMLHttpRequest;
}

function errorFrom(xhr: XMLHttpRequest): EvidenceUploadError {
  try {
    const body = JSON.parse(xhr.responseText) as { error?: { code?: unknown; message?: unknown } };
    if (body.error && typeof body.error.code === 'string') {
      return new EvidenceUploadError({
        code: body.error.code,
        message: typeof body.error.message === 'string' ? body.error.message : body.error.code,
      });
    }
  } catch {
    // not JSON (a proxy's error page): fall through to the status
  }
  return new EvidenceUploadError({ message: `HTTP ${xhr.status}`, statusCode: xhr.status });
}

/**
 * The uploader's send function: one multipart POST per file through XMLHttpRequest, because only
 * XHR reports upload progress (`xhr.upload.onprogress`); fetch cannot. The session cookie goes
 * along (same origin) and `x-govtrust-upload: 1` is the API's CSRF guard for multipart posts.
 */
export function createEvidenceUpload({
  url = '/files/evidence',
  onUnauthenticated,
  createRequest = () => new XMLHttpRequest(),
}: EvidenceUploadOptions = {}): UploadEvidenceFn {
  return (file, onProgress) =>
    new Promise<StoredEvidenceFile>((resolve, reject) => {
      const xhr = createRequest();
      xhr.open('POST', url);
      xhr.withCredentials = true;
      xhr.setRequestHeader('x-govtrust-upload', '1');
      xhr.upload.onprogress = (event) => {
        if (event.lengthComputable && event.total > 0) onProgress((event.loaded / event.total) * 100);
      };
      xhr.onload = () => {
        if (xhr.status >= 200 && xhr.status < 300) {
          try {
            const body = JSON.parse(xhr.responseText) as { files?: StoredEvidenceFile[] };
            const stored = body.files?.[0];
            if (stored) {
              onProgress(100);
              resolve(stored);
              return;
            }
          } catch {
            // handled below
          }
          reject(new EvidenceUploadError({ message: 'unexpected upload response', code: 'INTERNAL_SERVER_ERROR' }));
          return;
        }
        const error = errorFrom(xhr);
        if (error.code === 'UNAUTHENTICATED' || error.statusCode === 401) onUnauthenticated?.();
        reject(error);
      };
      xhr.onerror = () => reject(new EvidenceUploadError({ message: 'Network request failed', network: true }));
      xhr.ontimeout = xhr.onerror;
      const form = new FormData();
      form.append('file', file, file.name);
      xhr.send(form);
    });
}
