import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { Evidence } from '../../src/modules/evidence/evidence.entity';
import { Role } from '../utils/fixtures';
import { minimalJpeg, minimalPdf } from '../utils/sample-files';
import { buildZip } from '../utils/zip-builder';
import { engines } from '../utils/test-database';
import { startTestServer, type TestServer } from '../utils/test-server';

const LIMIT_BYTES = 0.25 * 1024 * 1024;

type Content = 'pdf' | 'jpeg' | 'empty' | 'random' | 'html' | 'exe' | 'zip';

function bytesOf(content: Content, seed: number): Buffer {
  switch (content) {
    case 'pdf':
      return minimalPdf(`fuzz ${seed}`);
    case 'jpeg':
      return minimalJpeg(`fuzz ${seed}`);
    case 'empty':
      return Buffer.alloc(0);
    case 'random':
      // "RND" first, so random bytes never happen to carry a real magic number
      return Buffer.concat([
        Buffer.from('RND'),
        Buffer.from(Array.from({ length: 200 }, (_, i) => (i * seed) % 256)),
      ]);
    case 'html':
      return Buffer.from(`<html><script>alert(${seed})</script></html>`);
    case 'exe':
      return Buffer.concat([Buffer.from('MZ'), Buffer.alloc(300, seed % 256)]);
    case 'zip':
      return buildZip([{ name: `payload-${seed}.sh`, data: Buffer.from('rm -rf /') }]);
  }
}

const bases = fc.oneof(
  fc.constantFrom(
    '会议纪要',
    '../../etc/passwd',
    '..\\..\\windows\\system32\\config',
    '/var/www/html/shell',
    'C:\\evil\\x',
    '.htaccess',
    'evil\u202efdp',
    'a\u0000b',
    'CON',
    ' ',
    '',
    '😀'.repeat(80),
    '很长的名字'.repeat(60),
    'report.exe',
    'report.pdf',
  ),
  fc.string({ maxLength: 20 }),
);
const extensions = fc.constantFrom(
  'pdf',
  'PDF',
  'jpg',
  'JPEG',
  'png',
  'docx',
  'xlsx',
  'exe',
  'php',
  'svg',
  'html',
  'js',
  '',
);

/** What the server may accept: only a PDF or JPEG whose extension says exactly that. */
function acceptable(name: string, content: Content): boolean {
  const dot = name.lastIndexOf('.');
  const extension = dot >= 0 ? name.slice(dot + 1).toLowerCase() : '';
  if (content === 'pdf') return extension === 'pdf';
  if (content === 'jpeg') return extension === 'jpg' || extension === 'jpeg';
  return false;
}

function filesUnder(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => path.join(e.parentPath, e.name));
  } catch {
    return [];
  }
}

describe.each(engines)('fuzzing evidence uploads on %s', (engine) => {
  let t: TestServer;
  let dir: string;
  let token: string;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'govtrust-fuzz-upload-'));
    t = await startTestServer(engine, { EVIDENCE_DIR: dir, MAX_UPLOAD_MB: '0.25' });
    token = await t.loginAs(Role.UNIT_SUBMITTER);
  });
  afterAll(async () => {
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function upload(name: string, data: Buffer) {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(data)]), name);
    const response = await fetch(`${t.url}/files/evidence`, {
      method: 'POST',
      body: form,
      headers: { authorization: `Bearer ${token}`, 'x-govtrust-upload': '1' },
    });
    const body = (await response.json()) as {
      files?: Array<{ id: string; name: string; kind: string }>;
      error?: { code: string; reason?: string; message: string };
    };
    return { status: response.status, body };
  }
  const rows = () => t.dataSource.getRepository(Evidence).count();

  it('stores only a PDF or image whose name agrees with its bytes, under a harmless name', async () => {
    await fc.assert(
      fc.asyncProperty(
        bases,
        extensions,
        fc.constantFrom<Content>('pdf', 'jpeg', 'empty', 'random', 'html', 'exe', 'zip'),
        fc.nat(10_000),
        async (base, extension, content, seed) => {
          const name = extension ? `${base}.${extension}` : base;
          const before = { rows: await rows(), files: filesUnder(dir).length };
          const res = await upload(name, bytesOf(content, seed));
          expect(res.status).toBeLessThan(500);
          if (acceptable(name, content) && res.status === 201) {
            const stored = await t.dataSource
              .getRepository(Evidence)
              .findOneByOrFail({ id: res.body.files![0]!.id });
            expect(stored.kind).toBe(content === 'pdf' ? 'PDF' : 'IMAGE');
            // eslint-disable-next-line no-control-regex
            expect(stored.originalName).not.toMatch(/[/\\\u0000-\u001f<>:"|?*]/);
            expect(stored.originalName.length).toBeLessThanOrEqual(120);
            expect(stored.storageKey).toMatch(/^[0-9a-f]{2}\/[0-9a-f]{2}\/[0-9a-f]{64}$/);
            for (const file of filesUnder(dir))
              expect(path.resolve(file).startsWith(path.resolve(dir) + path.sep)).toBe(true);
          } else {
            // an acceptable file may only be refused when its name is nothing but the extension
            if (acceptable(name, content))
              expect({ name, refused: base.trim() === '' || base.startsWith('.') }).toEqual({
                name,
                refused: true,
              });
            expect(res.status).toBeGreaterThanOrEqual(400);
            expect(['FILE_REJECTED', 'VALIDATION_FAILED']).toContain(res.body.error?.code);
            expect(res.body.error?.message).toMatch(/[\u4e00-\u9fa5]/);
            expect(await rows()).toBe(before.rows);
            expect(filesUnder(dir)).toHaveLength(before.files);
          }
        },
      ),
      { numRuns: 60, seed: 17 },
    );
  }, 120_000);

  it('accepts a file up to the size limit and refuses one byte more, storing nothing', async () => {
    const base = minimalJpeg('size').length;
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: -2_000, max: 2_000 }), async (delta) => {
        // each 60,000-byte padding segment carries 4 bytes of marker and length
        const wanted = LIMIT_BYTES + delta - base;
        const data = minimalJpeg('size', Math.max(0, wanted - 4 * Math.ceil(wanted / 60_000)));
        const before = await rows();
        const res = await upload('签到表.jpg', data);
        if (data.length <= LIMIT_BYTES) {
          expect(res.status).toBe(201);
        } else {
          expect(res.status).toBe(413);
          expect(res.body.error).toMatchObject({ code: 'FILE_REJECTED', reason: 'TOO_LARGE' });
          expect(await rows()).toBe(before);
        }
      }),
      { numRuns: 8, seed: 5 },
    );
  }, 60_000);
});
