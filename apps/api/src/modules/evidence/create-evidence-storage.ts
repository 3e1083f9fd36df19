import type { Env } from '../../env';
import type { EvidenceStorage } from './evidence-storage';
import { LocalDiskStorage } from './local-disk-storage';
import { S3Storage } from './s3-storage';

/** The backend EVIDENCE_STORAGE names; env.ts has already refused s3 without bucket and credentials. */
export function createEvidenceStorage(env: Env): EvidenceStorage {
  if (env.EVIDENCE_STORAGE === 'local') return new LocalDiskStorage(env.EVIDENCE_DIR);
  if (!env.S3_BUCKET || !env.S3_ACCESS_KEY_ID || !env.S3_SECRET_ACCESS_KEY) {
    throw new Error('EVIDENCE_STORAGE=s3 时必须设置 S3_BUCKET、S3_ACCESS_KEY_ID 和 S3_SECRET_ACCESS_KEY');
  }
  return new S3Storage({
    endpoint: env.S3_ENDPOINT,
    region: env.S3_REGION,
    bucket: env.S3_BUCKET,
    accessKeyId: env.S3_ACCESS_KEY_ID,
    secretAccessKey: env.S3_SECRET_ACCESS_KEY,
    forcePathStyle: env.S3_FORCE_PATH_STYLE,
  });
}
