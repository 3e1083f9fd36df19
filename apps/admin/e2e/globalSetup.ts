import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import globalTeardown from './globalTeardown';
import { freePort, startApi, waitForHealth } from './support/api';
import { buildAdminIfStale } from './support/buildAdmin';
import { createDatabase, databaseUrl } from './support/database';
import { artifactsDir, stateFile, type E2eState } from './support/paths';

/**
 * Before the browser test: a current build of the console, a fresh database, the real API on a
 * free port serving that build at /admin/. E2E_BASE_URL points the test at a running API instead.
 */
export default async function globalSetup(): Promise<void> {
  mkdirSync(path.dirname(stateFile), { recursive: true });
  mkdirSync(artifactsDir, { recursive: true });
  buildAdminIfStale();
  if (process.env.E2E_BASE_URL) {
    const state: E2eState = { baseUrl: process.env.E2E_BASE_URL, database: null, evidenceDir: null, apiPid: null };
    writeFileSync(stateFile, JSON.stringify(state));
    return;
  }
  const database = `govtrust_admin_e2e_${process.pid}_${Date.now().toString(36)}`;
  await createDatabase(database);
  const evidenceDir = mkdtempSync(path.join(tmpdir(), 'govtrust-admin-e2e-'));
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const child = startApi({ DATABASE_URL: databaseUrl(database), PORT: String(port), EVIDENCE_DIR: evidenceDir });
  const state: E2eState = { baseUrl, database, evidenceDir, apiPid: child.pid ?? null };
  writeFileSync(stateFile, JSON.stringify(state));
  try {
    await waitForHealth(baseUrl, child);
  } catch (error) {
    // jest skips globalTeardown when setup fails: clean up here
    await globalTeardown();
    throw error;
  }
}
