import { existsSync, readFileSync, rmSync } from 'node:fs';
import { stopApi } from './support/api';
import { dropDatabase } from './support/database';
import { stateFile, type E2eState } from './support/paths';

export default async function globalTeardown(): Promise<void> {
  if (!existsSync(stateFile)) return;
  const state = JSON.parse(readFileSync(stateFile, 'utf8')) as E2eState;
  if (state.apiPid) await stopApi(state.apiPid);
  if (state.database) await dropDatabase(state.database);
  if (state.evidenceDir) rmSync(state.evidenceDir, { recursive: true, force: true });
  rmSync(stateFile, { force: true });
}
