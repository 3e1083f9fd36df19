import { parseEnv } from '../../env';
import { createEvidenceStorage } from './create-evidence-storage';
import { LocalDiskStorage } from './local-disk-storage';
import { S3Storage } from './s3-storage';

describe('createEvidenceStorage', () => {
  it('keeps local disk storage by default', () => {
    const env = parseEnv({ EVIDENCE_DIR: '/tmp/govtrust-evidence-default' });
    expect(env.EVIDENCE_STORAGE).toBe('local');
    expect(createEvidenceStorage(env)).toBeInstanceOf(LocalDiskStorage);
  });

  it('builds S3 storage with the defaults for region and path-style addressing', async () => {
    const source = {
      EVIDENCE_STORAGE: 's3',
      S3_ENDPOINT: 'http://127.0.0.1:9000',
      S3_BUCKET: 'evidence',
      S3_ACCESS_KEY_ID: 'id',
      S3_SECRET_ACCESS_KEY: 'secret',
    };
    const env = parseEnv(source);
    expect(env).toMatchObject({ S3_REGION: 'us-east-1', S3_FORCE_PATH_STYLE: true });
    const storage = createEvidenceStorage(env);
    expect(storage).toBeInstanceOf(S3Storage);
    const s3 = storage as S3Storage;
    expect(s3.bucket).toBe('evidence');
    expect(await s3.client.config.region()).toBe('us-east-1');
    expect(s3.client.config.forcePathStyle).toBe(true);
    expect(parseEnv({ ...source, S3_FORCE_PATH_STYLE: 'false' }).S3_FORCE_PATH_STYLE).toBe(false);
  });

  it('refuses s3 without bucket and credentials at startup, in Chinese', () => {
    expect(() => parseEnv({ EVIDENCE_STORAGE: 's3' })).toThrow(
      /环境变量配置错误.*EVIDENCE_STORAGE=s3 时必须设置 S3_BUCKET/,
    );
    expect(() => parseEnv({ EVIDENCE_STORAGE: 's3', S3_BUCKET: 'b' })).toThrow(
      /S3_ACCESS_KEY_ID.*S3_SECRET_ACCESS_KEY/,
    );
    expect(() => parseEnv({ EVIDENCE_STORAGE: 'ftp' })).toThrow(/EVIDENCE_STORAGE/);
  });
});
