import path from 'node:path';

export const adminDir = path.resolve(__dirname, '..', '..');
export const apiDir = path.resolve(adminDir, '..', 'api');
export const repoDir = path.resolve(adminDir, '..', '..');
export const artifactsDir = path.join(adminDir, 'test-artifacts');
/** globalSetup → tests → globalTeardown: what was started, for the test file and for clean-up */
export const stateFile = path.join(adminDir, 'test-results', 'e2e-state.json');

export interface E2eState {
  baseUrl: string;
  database: string | null;
  evidenceDir: string | null;
  apiPid: number | null;
}
