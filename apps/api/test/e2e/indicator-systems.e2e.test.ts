import { nmgQuarterly2022 } from '@govtrust/indicators';
import { AuditLog } from '../../src/modules/audit/audit-log.entity';
import { IndicatorSystemVersion } from '../../src/modules/indicator-systems/indicator-system-version.entity';
import { Role } from '../utils/fixtures';
import { codeOf } from '../utils/gql-client';
import { engines } from '../utils/test-database';
import { startTestServer, type TestServer } from '../utils/test-server';

const FIELDS = `id systemKey systemVersion version status name periodKind unitKinds publishedAt definition problems { severity code path message }`;
const IMPORT = `mutation($id: String!) { importIndicatorSystemPreset(presetId: $id) { ${FIELDS} } }`;
const SAVE = `mutation($key: String!, $def: JSON!, $v: Int) { saveIndicatorSystemDraft(key: $key, definition: $def, expectedVersion: $v) { ${FIELDS} } }`;
const PUBLISH = `mutation($key: String!, $v: Int!) { publishIndicatorSystem(key: $key, expectedVersion: $v) { ${FIELDS} } }`;
const GET = `query($key: String!, $v: Int) { indicatorSystem(key: $key, version: $v) { ${FIELDS} } }`;
const VERSIONS = `query($key: String!) { indicatorSystemVersions(key: $key) { systemVersion status } }`;
const LATEST = `{ indicatorSystems { systemKey systemVersion status } }`;

interface SystemRow {
  id: string;
  systemKey: string;
  systemVersion: number;
  version: number;
  status: string;
  name: string;
  periodKind: string;
  definition: { id: string; version: number; name: string; categories: unknown[] };
  problems: Array<{ severity: string }>;
}

describe.each(engines)('indicator systems on %s', (engine) => {
  let t: TestServer;
  let credit: string;
  beforeAll(async () => {
    t = await startTestServer(engine);
    credit = await t.loginAs(Role.CREDIT_OFFICE);
  });
  afterAll(async () => {
    await t.close();
  });

  const count = () => t.dataSource.getRepository(IndicatorSystemVersion).count();

  it('imports a preset as version 1 DRAFT with its definition as JSON and an audit row', async () => {
    const res = await t.gql<{ importIndicatorSystemPreset: SystemRow }>(
      IMPORT,
      { id: 'nmg-quarterly-2022' },
      { token: credit },
    );
    expect(res.errors).toBeUndefined();
    const row = res.data!.importIndicatorSystemPreset;
    expect(row).toMatchObject({
      systemKey: 'nmg-quarterly-2022',
      systemVersion: 1,
      status: 'DRAFT',
      periodKind: 'QUARTER',
    });
    expect(row.definition).toMatchObject({
      id: 'nmg-quarterly-2022',
      version: 1,
      name: nmgQuarterly2022.name,
    });
    expect(row.definition.categories).toHaveLength(nmgQuarterly2022.categories.length);
    expect(row.problems.every((p) => p.severity === 'WARNING')).toBe(true);
    const audit = await t.dataSource
      .getRepository(AuditLog)
      .findBy({ entity: 'IndicatorSystemVersion', entityId: row.id });
    expect(audit.map((a) => a.action)).toEqual(['IMPORT_PRESET']);

    const unknown = await t.gql(IMPORT, { id: 'no-such-preset' }, { token: credit });
    expect(codeOf(unknown)).toBe('VALIDATION_FAILED');
  });

  it('refuses a definition with ERROR problems, listing them, and keeps the draft unchanged', async () => {
    const before = (
      await t.gql<{ indicatorSystem: SystemRow }>(GET, { key: 'nmg-quarterly-2022' }, { token: credit })
    ).data!.indicatorSystem;
    const broken = {
      ...nmgQuarterly2022,
      name: '改坏的体系',
      totalPoints: 'abc',
      categories: [{ code: 'X' }],
    };
    const res = await t.gql(
      SAVE,
      { key: 'nmg-quarterly-2022', def: broken, v: before.version },
      { token: credit },
    );
    expect(codeOf(res)).toBe('VALIDATION_FAILED');
    expect(res.errors?.[0]?.message).toMatch(/^指标体系有\d+个错误/);
    const problems = res.errors?.[0]?.extensions?.details?.problems as Array<{
      severity: string;
      message: string;
    }>;
    expect(problems.some((p) => p.severity === 'ERROR')).toBe(true);
    const after = await t.dataSource.getRepository(IndicatorSystemVersion).findOneByOrFail({ id: before.id });
    expect(after.version).toBe(before.version);
    expect(after.name).toBe(nmgQuarterly2022.name);
  });

  it('updates a draft in place, publishes it, and never changes a published version again', async () => {
    const draft = (
      await t.gql<{ indicatorSystem: SystemRow }>(GET, { key: 'nmg-quarterly-2022' }, { token: credit })
    ).data!.indicatorSystem;
    const renamed = { ...nmgQuarterly2022, name: '内蒙古季度监测（修订）' };
    const saved = await t.gql<{ saveIndicatorSystemDraft: SystemRow }>(
      SAVE,
      { key: 'nmg-quarterly-2022', def: renamed, v: draft.version },
      { token: credit },
    );
    expect(saved.errors).toBeUndefined();
    expect(saved.data!.saveIndicatorSystemDraft).toMatchObject({
      id: draft.id,
      systemVersion: 1,
      name: '内蒙古季度监测（修订）',
    });
    const stale = await t.gql(
      SAVE,
      { key: 'nmg-quarterly-2022', def: renamed, v: draft.version },
      { token: credit },
    );
    expect(codeOf(stale)).toBe('CONFLICT');

    const current = saved.data!.saveIndicatorSystemDraft;
    const published = await t.gql<{ publishIndicatorSystem: SystemRow }>(
      PUBLISH,
      { key: 'nmg-quarterly-2022', v: current.version },
      { token: credit },
    );
    expect(published.errors).toBeUndefined();
    const v1 = published.data!.publishIndicatorSystem;
    expect(v1).toMatchObject({ status: 'PUBLISHED', systemVersion: 1 });
    expect(v1).toHaveProperty('publishedAt');
    const again = await t.gql(PUBLISH, { key: 'nmg-quarterly-2022', v: v1.version }, { token: credit });
    expect(codeOf(again)).toBe('INVALID_STATE');

    // saving over the published version creates version 2; version 1 keeps its definition
    const next = await t.gql<{ saveIndicatorSystemDraft: SystemRow }>(
      SAVE,
      { key: 'nmg-quarterly-2022', def: { ...nmgQuarterly2022, name: '第二版' }, v: v1.version },
      { token: credit },
    );
    expect(next.errors).toBeUndefined();
    expect(next.data!.saveIndicatorSystemDraft).toMatchObject({
      systemVersion: 2,
      status: 'DRAFT',
      name: '第二版',
    });
    expect(next.data!.saveIndicatorSystemDraft.definition.version).toBe(2);
    const stored = await t.dataSource.getRepository(IndicatorSystemVersion).findOneByOrFail({ id: v1.id });
    expect(stored).toMatchObject({
      status: 'PUBLISHED',
      version: v1.version,
      name: '内蒙古季度监测（修订）',
    });
    expect(stored.definition.name).toBe('内蒙古季度监测（修订）');

    const oldVersion = await t.gql<{ indicatorSystem: SystemRow }>(
      GET,
      { key: 'nmg-quarterly-2022', v: 1 },
      { token: credit },
    );
    expect(oldVersion.data?.indicatorSystem.definition.version).toBe(1);
    const versions = await t.gql<{ indicatorSystemVersions: SystemRow[] }>(
      VERSIONS,
      { key: 'nmg-quarterly-2022' },
      { token: credit },
    );
    expect(versions.data?.indicatorSystemVersions).toEqual([
      { systemVersion: 2, status: 'DRAFT' },
      { systemVersion: 1, status: 'PUBLISHED' },
    ]);
    const latest = await t.gql<{ indicatorSystems: SystemRow[] }>(LATEST, {}, { token: credit });
    expect(latest.data?.indicatorSystems).toEqual([
      { systemKey: 'nmg-quarterly-2022', systemVersion: 2, status: 'DRAFT' },
    ]);
  });

  it('creates a new system from a definition and asks for the version once it exists', async () => {
    const created = await t.gql<{ saveIndicatorSystemDraft: SystemRow }>(
      SAVE,
      { key: 'my-system', def: { ...nmgQuarterly2022, name: '自定义体系' } },
      { token: credit },
    );
    expect(created.errors).toBeUndefined();
    expect(created.data!.saveIndicatorSystemDraft).toMatchObject({
      systemKey: 'my-system',
      systemVersion: 1,
    });
    expect(created.data!.saveIndicatorSystemDraft.definition.id).toBe('my-system');
    const noVersion = await t.gql(SAVE, { key: 'my-system', def: nmgQuarterly2022 }, { token: credit });
    expect(codeOf(noVersion)).toBe('CONFLICT');
    const badKey = await t.gql(SAVE, { key: 'Bad Key', def: nmgQuarterly2022 }, { token: credit });
    expect(codeOf(badKey)).toBe('VALIDATION_FAILED');
  });

  it('keeps configuration away from evaluators and unit users, writing nothing', async () => {
    const before = await count();
    for (const role of [Role.EVALUATOR, Role.UNIT_SUBMITTER, Role.LEADER]) {
      const token = await t.loginAs(role);
      expect(codeOf(await t.gql(IMPORT, { id: 'huaian-2022' }, { token }))).toBe('FORBIDDEN');
      expect(codeOf(await t.gql(PUBLISH, { key: 'my-system', v: 1 }, { token }))).toBe('FORBIDDEN');
      // reading is open to every signed-in user
      const read = await t.gql<{ indicatorSystem: SystemRow }>(GET, { key: 'my-system' }, { token });
      expect(read.data?.indicatorSystem.systemKey).toBe('my-system');
    }
    expect(await count()).toBe(before);
    expect(codeOf(await t.gql(LATEST))).toBe('UNAUTHENTICATED');
  });
});
