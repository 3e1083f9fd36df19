import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createAccountFixture, createUnitFixture, Role, TEST_PASSWORD } from '../utils/fixtures';
import { minimalPdf } from '../utils/sample-files';
import { createTestDatabase, type TestDatabase } from '../utils/test-database';

const apiRoot = path.resolve(__dirname, '../..');
const IN_FLIGHT = 8;
const LOGIN = `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`;
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** A request on a connection of its own (no keep-alive pool), so it really dials the port. */
function freshRequest(port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.get({ host: '127.0.0.1', port, path: '/health', agent: false }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
  });
}

/**
 * An evidence upload whose body trickles in: the request stays in flight until `finish()` sends
 * the rest. Resolves `started` once the headers and the first part of the body are out.
 */
function slowUpload(port: number, token: string, name: string) {
  const boundary = `----govtrust${Math.random().toString(16).slice(2)}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\n` +
      `Content-Type: application/pdf\r\n\r\n`,
  );
  const pdf = minimalPdf(name);
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  const req = http.request({
    host: '127.0.0.1',
    port,
    path: '/files/evidence',
    method: 'POST',
    agent: false,
    headers: {
      authorization: `Bearer ${token}`,
      'x-govtrust-upload': '1',
      'content-type': `multipart/form-data; boundary=${boundary}`,
      'content-length': head.length + pdf.length + tail.length,
    },
  });
  const answer = new Promise<{ status: number; body: string }>((resolve, reject) => {
    req.on('response', (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
  });
  // a failed test kills the child with uploads still open; their rejections are expected then
  answer.catch(() => undefined);
  const half = Math.floor(pdf.length / 2);
  const started = new Promise<void>((resolve) =>
    req.write(Buffer.concat([head, pdf.subarray(0, half)]), () => resolve()),
  );
  return {
    started,
    answer,
    finish: () => req.end(Buffer.concat([pdf.subarray(half), tail])),
  };
}

/**
 * The API as it runs in production — its own process, SIGTERM from the service manager — under a
 * few uploads still sending their files: the server has begun each request and waits for the rest
 * of its body when the signal arrives.
 */
describe('SIGTERM under load', () => {
  let dir: string;
  let child: ChildProcess;
  let port: number;
  let output = '';
  let username: string;
  let db: TestDatabase;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'govtrust-sigterm-'));
    port = await freePort();
    // the schema and one unit user are laid down here; the child only migrates (nothing to do) and serves
    db = await createTestDatabase('sqlite');
    const unit = await createUnitFixture(db.dataSource);
    const account = await createAccountFixture(db.dataSource, { role: Role.UNIT_SUBMITTER, unitId: unit.id });
    username = account.username;
    await db.dataSource.destroy();
    const sqlitePath = (db.config as { path: string }).path;
    const { DATABASE_URL: _mysql, ...inherited } = process.env;
    child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: apiRoot,
      env: {
        ...inherited,
        NODE_ENV: 'test',
        PORT: String(port),
        SQLITE_PATH: sqlitePath,
        EVIDENCE_DIR: path.join(dir, 'evidence'),
        SEED_DEMO: 'false',
        BCRYPT_ROUNDS: '4',
        LOGIN_IP_LIMIT: '10000',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const deadline = Date.now() + 150_000;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`API exited early:\n${output}`);
      if (output.includes('GovTrust API 已启动')) break;
      if (Date.now() > deadline) throw new Error(`API did not start:\n${output}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }, 180_000);
  afterAll(async () => {
    if (child && child.exitCode === null) child.kill('SIGKILL');
    await db?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('finishes the requests in flight, refuses new connections, then exits 0', async () => {
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    const gql = (query: string, variables: Record<string, unknown>, token?: string) =>
      fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify({ query, variables }),
      }).then(async (res) => ({
        status: res.status,
        body: (await res.json()) as { errors?: unknown[]; data?: { login?: { token: string } } },
      }));
    const login = await gql(LOGIN, { u: username, p: TEST_PASSWORD });
    const token = login.body.data!.login!.token;

    const uploads = Array.from({ length: IN_FLIGHT }, (_, i) =>
      slowUpload(port, token, `in-flight-${i}.pdf`),
    );
    await Promise.all(uploads.map((u) => u.started));
    // time for the server to read the upload headers (their handlers then wait for the rest of the body)
    await new Promise((r) => setTimeout(r, 1_000));
    child.kill('SIGTERM');
    // once the signal is handled the port is closed while the uploads are still open
    const deadline = Date.now() + 10_000;
    let refused: unknown = null;
    // a probe that slips in before the listener closes is reset, never served; keep asking until refused
    while (Date.now() < deadline) {
      refused = await freshRequest(port).then(
        (status) => ({ code: `HTTP ${status}` }),
        (error: unknown) => error,
      );
      if ((refused as { code?: string }).code === 'ECONNREFUSED') break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(refused).toMatchObject({ code: 'ECONNREFUSED' });
    expect(child.exitCode).toBeNull();

    for (const upload of uploads) upload.finish();
    const answers = await Promise.all(uploads.map((u) => u.answer));
    expect(answers.map((a) => a.status)).toEqual(Array(IN_FLIGHT).fill(201));
    expect(await exited).toBe(0);
    expect(output).toContain('已停止');
  }, 60_000);
});
