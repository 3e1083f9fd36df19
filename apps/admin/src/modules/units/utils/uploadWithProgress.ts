/** Where an upload stands: bytes sent so far, then the server working on the file. */
export interface UploadProgress {
  phase: 'uploading' | 'processing';
  loaded: number;
  total: number;
}

/** The HTTP answer to an upload: its status and the JSON body (null when there was none). */
export interface UploadAnswer {
  status: number;
  json: unknown;
}

export type UploadSend = (url: string, body: FormData, onProgress?: (progress: UploadProgress) => void) => Promise<UploadAnswer>;

/** A failure the shared error mapping can describe: `{ code, message }` from the HTTP error body. */
export class UploadError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** The code of an upload that answered neither with its result nor with an error body. */
export function codeOfStatus(status: number): string {
  if (status === 401) return 'UNAUTHENTICATED';
  if (status === 403) return 'FORBIDDEN';
  if (status === 413) return 'FILE_TOO_LARGE';
  if (status === 0) return 'NETWORK_ERROR';
  return status >= 500 ? 'INTERNAL_SERVER_ERROR' : 'UNKNOWN';
}

/**
 * Posts a multipart body with XMLHttpRequest, because fetch cannot report how many bytes have been
 * sent. Reports the bytes while they go out, then `processing` once the last byte is sent and the
 * server is reading the file. Resolves with any HTTP answer; rejects only when nothing came back.
 */
export const xhrUpload: UploadSend = (url, body, onProgress) =>
  new Promise<UploadAnswer>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.withCredentials = true;
    // the API refuses multipart posts without it (a cross-site form cannot add a header)
    xhr.setRequestHeader('x-govtrust-upload', '1');
    let total = 0;
    xhr.upload.onprogress = (event) => {
      total = event.lengthComputable ? event.total : Math.max(total, event.loaded);
      onProgress?.({ phase: 'uploading', loaded: event.loaded, total });
    };
    xhr.upload.onload = () => onProgress?.({ phase: 'processing', loaded: total, total });
    xhr.onload = () => {
      let json: unknown = null;
      try {
        json = JSON.parse(xhr.responseText) as unknown;
      } catch {
        json = null;
      }
      resolve({ status: xhr.status, json });
    };
    xhr.onerror = () => reject(new UploadError('NETWORK_ERROR', ''));
    xhr.onabort = () => reject(new UploadError('NETWORK_ERROR', ''));
    xhr.send(body);
  });

/** 1.2 MB, 340 KB, 512 B: bytes for the progress text. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} B`;
}
