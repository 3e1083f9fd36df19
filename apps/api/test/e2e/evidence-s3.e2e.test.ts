import { HeadObjectCommand } from '@aws-sdk/client-s3';
import { Evidence } from '../../src/modules/evidence/evidence.entity';
import { S3Storage } from '../../src/modules/evidence/s3-storage';
import { Role } from '../utils/fixtures';
import { minimalPdf } from '../utils/sample-files';
import { startS3rver, type RunningS3rver } from '../utils/s3rver-fixture';
import { startTestServer, type TestServer } from '../utils/test-server';

interface UploadResponse {
  files?: Array<{ id: string; size: number; sha256: string }>;
  error?: { code: string; message: string };
}

// the storage backend does not depend on the database engine; MariaDB alone keeps this file fast
describe('evidence files in S3-compatible storage (s3rver, MariaDB)', () => {
  let s3: RunningS3rver;
  let t: TestServer;
  let submitter: string;

  beforeAll(async () => {
    s3 = await startS3rver();
    t = await startTestServer('mysql', s3.env);
    submitter = await t.loginAs(Role.UNIT_SUBMITTER);
  });
  afterAll(async () => {
    await t?.close();
    await s3?.close();
  });

  async function upload(name: string, data: Buffer) {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(data)]), name);
    const response = await fetch(`${t.url}/files/evidence`, {
      method: 'POST',
      body: form,
      headers: { 'x-govtrust-upload': '1', authorization: `Bearer ${submitter}` },
    });
    return { status: response.status, body: (await response.json()) as UploadResponse };
  }

  it('uploads a PDF into the bucket and downloads it back byte for byte', async () => {
    const storage = t.api.services.evidence.storage;
    expect(storage).toBeInstanceOf(S3Storage);
    const pdf = minimalPdf('s3 roundtrip');
    const res = await upload('会议纪要.pdf', pdf);
    expect(res.status).toBe(201);
    const file = res.body.files![0]!;
    expect(file.size).toBe(pdf.length);

    const row = await t.dataSource.getRepository(Evidence).findOneByOrFail({ id: file.id });
    const s3Storage = storage as S3Storage;
    const head = await s3Storage.client.send(
      new HeadObjectCommand({ Bucket: s3.bucket, Key: `evidence/${row.storageKey}` }),
    );
    expect(head.ContentLength).toBe(pdf.length);

    const got = await fetch(`${t.url}/files/evidence/${file.id}`, {
      headers: { authorization: `Bearer ${submitter}` },
    });
    expect(got.status).toBe(200);
    expect(got.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await got.arrayBuffer()).equals(pdf)).toBe(true);
  });

  it('answers STORAGE_UNAVAILABLE (存储) and writes no row when the service is down', async () => {
    const rowsBefore = await t.dataSource.getRepository(Evidence).count();
    await s3.stop();
    const res = await upload('x.pdf', minimalPdf('service down'));
    expect(res.status).toBe(503);
    expect(res.body.error).toMatchObject({
      code: 'STORAGE_UNAVAILABLE',
      message: expect.stringMatching(/存储/),
    });
    expect(await t.dataSource.getRepository(Evidence).count()).toBe(rowsBefore);
  });
});
