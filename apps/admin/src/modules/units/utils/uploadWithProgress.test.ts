import { codeOfStatus, formatBytes } from './uploadWithProgress';

// xhrUpload itself runs in a real browser against the real API: e2e/task-import.e2e.test.ts

describe('upload helpers', () => {
  it('name statuses that came without an error body', () => {
    expect([401, 403, 413, 0, 502, 400].map(codeOfStatus)).toEqual(['UNAUTHENTICATED', 'FORBIDDEN', 'FILE_TOO_LARGE', 'NETWORK_ERROR', 'INTERNAL_SERVER_ERROR', 'UNKNOWN']);
  });

  it('format bytes for the progress text', () => {
    expect([512, 2048, 3 * 1024 * 1024].map(formatBytes)).toEqual(['512 B', '2 KB', '3.0 MB']);
  });
});
