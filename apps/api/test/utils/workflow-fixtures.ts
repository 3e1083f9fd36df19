import type { DataSource } from 'typeorm';
import { Evidence, EvidenceFileKind } from '../../src/modules/evidence/evidence.entity';
import { loadDemoUnits } from '../../src/modules/demo/demo-units';
import type { Unit } from '../../src/modules/units/unit.entity';
import { createAccountFixture, createUnitFixture, type Role } from './fixtures';
import type { TestServer } from './test-server';

/** The Genhe demo hierarchy (region → … → 36 departments), optionally without some codes. */
export async function createGenheUnits(
  dataSource: DataSource,
  skip: string[] = [],
): Promise<Map<string, Unit>> {
  const byCode = new Map<string, Unit>();
  for (const demo of loadDemoUnits()) {
    if (skip.includes(demo.code)) continue;
    const parentId = demo.parentCode ? (byCode.get(demo.parentCode)?.id ?? null) : null;
    byCode.set(
      demo.code,
      await createUnitFixture(dataSource, { code: demo.code, name: demo.name, kind: demo.kind, parentId }),
    );
  }
  return byCode;
}

/** Signs in a new account of `role` bound to `unitId`; returns its token and account id. */
export async function loginUnitUser(
  t: TestServer,
  role: Role,
  unitId: string,
): Promise<{ token: string; id: string }> {
  const account = await createAccountFixture(t.dataSource, { role, unitId });
  return { token: await t.loginAs(account.username), id: account.id };
}

/** Signs in a second account of a staff role (loginAs(role) reuses one account per role). */
export async function loginStaff(t: TestServer, role: Role): Promise<{ token: string; id: string }> {
  const account = await createAccountFixture(t.dataSource, { role });
  return { token: await t.loginAs(account.username), id: account.id };
}

/** An evidence row of `unitId` (the bytes are irrelevant to the workflow). */
export async function createEvidenceFixture(
  dataSource: DataSource,
  unitId: string,
  uploadedBy: string,
): Promise<Evidence> {
  const repo = dataSource.getRepository(Evidence);
  return repo.save(
    repo.create({
      unitId,
      uploadedBy,
      sha256: 'a'.repeat(64),
      size: 1024,
      mime: 'application/pdf',
      kind: EvidenceFileKind.PDF,
      originalName: '会议纪要.pdf',
      storageKey: `test/${unitId}`,
      attachedAt: null,
      deletedAt: null,
    }),
  );
}

const IMPORT = `mutation($id: String!) { importIndicatorSystemPreset(presetId: $id) { systemKey systemVersion version status } }`;
const PUBLISH = `mutation($key: String!, $v: Int!) { publishIndicatorSystem(key: $key, expectedVersion: $v) { systemVersion status } }`;

/** Imports and publishes a preset through the API; returns its version number. */
export async function publishPreset(t: TestServer, token: string, presetId: string): Promise<number> {
  const imported = await t.gql<{
    importIndicatorSystemPreset: { systemKey: string; systemVersion: number; version: number };
  }>(IMPORT, { id: presetId }, { token });
  const row = imported.data?.importIndicatorSystemPreset;
  if (!row) throw new Error(`import ${presetId} failed: ${JSON.stringify(imported.errors)}`);
  const published = await t.gql(PUBLISH, { key: row.systemKey, v: row.version }, { token });
  if (published.errors) throw new Error(`publish ${presetId} failed: ${JSON.stringify(published.errors)}`);
  return row.systemVersion;
}

export const CREATE_CYCLE = `mutation($input: CreateCycleInput!) {
  createCycle(input: $input) { id name year systemKey systemVersion taskListKey requiresApproverSignOff
    periods { id kind year index label status } }
}`;

export interface PeriodRow {
  id: string;
  kind: string;
  year: number;
  index: number;
  label: string;
  status: string;
}

export interface CycleRow {
  id: string;
  periods: PeriodRow[];
}

export function findPeriod(cycle: CycleRow, kind: string, index: number): PeriodRow {
  const period = cycle.periods.find((p) => p.kind === kind && p.index === index);
  if (!period) throw new Error(`no ${kind} ${index} period`);
  return period;
}
