import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import S3rver from 's3rver';

/** s3rver accepts only its own fixed credentials */
export const S3RVER_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } as const;

export interface RunningS3rver {
  endpoint: string;
  bucket: string;
  directory: string;
  /** env overrides that point a test server at this bucket */
  env: Record<string, string>;
  /** stops the HTTP server (the endpoint then refuses connections) */
  stop(): Promise<void>;
  /** stop() if still running, and delete the data directory */
  close(): Promise<void>;
}

/**
 * A real S3-protocol server on an ephemeral port with a temp directory and one bucket. Given the
 * `directory` of a stopped one, it serves the same objects again (close() then leaves it alone).
 */
export async function startS3rver(
  bucket = 'govtrust-evidence',
  reuseDirectory?: string,
): Promise<RunningS3rver> {
  const directory = reuseDirectory ?? mkdtempSync(path.join(os.tmpdir(), 'govtrust-s3rver-'));
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory,
    configureBuckets: [{ name: bucket }],
  });
  const { port } = await server.run();
  const endpoint = `http://127.0.0.1:${port}`;
  let running = true;
  const stop = async () => {
    if (!running) return;
    running = false;
    await server.close();
  };
  return {
    endpoint,
    bucket,
    directory,
    env: {
      EVIDENCE_STORAGE: 's3',
      S3_ENDPOINT: endpoint,
      S3_BUCKET: bucket,
      S3_ACCESS_KEY_ID: S3RVER_CREDENTIALS.accessKeyId,
      S3_SECRET_ACCESS_KEY: S3RVER_CREDENTIALS.secretAccessKey,
    },
    stop,
    close: async () => {
      await stop();
      if (!reuseDirectory) rmSync(directory, { recursive: true, force: true });
    },
  };
}
