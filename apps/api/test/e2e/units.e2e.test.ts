import { AuditLog } from '../../src/modules/audit/audit-log.entity';
import { Unit } from '../../src/modules/units/unit.entity';
import { createUnitFixture, Role, UnitKind } from '../utils/fixtures';
import { codeOf } from '../utils/gql-client';
import { engines } from '../utils/test-database';
import { startTestServer, type TestServer } from '../utils/test-server';

const CREATE = `mutation($input: CreateUnitInput!) { createUnit(input: $input) { id code name kind parentId classes uscc version contacts { name phone role } } }`;
const UPDATE = `mutation($input: UpdateUnitInput!) { updateUnit(input: $input) { id name version uscc } }`;
const UNITS = `query($filter: UnitFilter, $first: Int, $after: String) {
  units(filter: $filter, first: $first, after: $after) { totalCount nodes { id code } pageInfo { hasNextPage endCursor } }
}`;

interface UnitRow {
  id: string;
  code: string;
  version: number;
}

describe.each(engines)('units on %s', (engine) => {
  let t: TestServer;
  let credit: string;
  let county: Unit;
  beforeAll(async () => {
    t = await startTestServer(engine);
    credit = await t.loginAs(Role.CREDIT_OFFICE);
    const region = await createUnitFixture(t.dataSource, { kind: UnitKind.REGION, code: 'R-NMG', name: '内蒙古自治区' });
    const city = await createUnitFixture(t.dataSource, { kind: UnitKind.LEAGUE_CITY, code: 'R-HLBE', parentId: region.id });
    county = await createUnitFixture(t.dataSource, { kind: UnitKind.COUNTY, code: 'R-GH', parentId: city.id });
  });
  afterAll(async () => {
    await t.close();
  });

  async function createDepartment(code: string, extra: Record<string, unknown> = {}) {
    return t.gql<{ createUnit: UnitRow & { uscc: string | null } }>(
      CREATE,
      { input: { code, name: `部门${code}`, kind: 'DEPARTMENT', parentId: county.id, ...extra } },
      { token: credit },
    );
  }

  it('creates a department under a county with contacts, classes and an audit row', async () => {
    const res = await createDepartment('D-FGW', {
      classes: ['A类部门', ' A类部门 '],
      uscc: '11150784MB1234567X',
      contacts: [{ name: '张三', phone: '0470-5212345', role: '填报人' }],
    });
    expect(res.errors).toBeUndefined();
    const unit = res.data!.createUnit;
    expect(unit).toMatchObject({ code: 'D-FGW', kind: 'DEPARTMENT', parentId: county.id, classes: ['A类部门'], version: 1 });
    const audit = await t.dataSource.getRepository(AuditLog).findBy({ entity: 'Unit', entityId: unit.id });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'CREATE', actorRole: Role.CREDIT_OFFICE, unitId: unit.id });
    expect((audit[0]!.after as { code: string }).code).toBe('D-FGW');

    const byClass = await t.gql<{ units: { nodes: UnitRow[] } }>(UNITS, { filter: { unitClass: 'A类部门' } }, { token: credit });
    expect(byClass.data?.units.nodes.map((n) => n.code)).toEqual(['D-FGW']);
    const partial = await t.gql<{ units: { nodes: UnitRow[] } }>(UNITS, { filter: { unitClass: 'A类' } }, { token: credit });
    expect(partial.data?.units.nodes).toEqual([]);
  });

  it('rejects an invalid USCC with VALIDATION_FAILED and a Chinese message, writing nothing', async () => {
    const res = await createDepartment('D-BAD', { uscc: '12345' });
    expect(codeOf(res)).toBe('VALIDATION_FAILED');
    expect(res.errors?.[0]?.message).toMatch(/统一社会信用代码/);
    expect(res.errors?.[0]?.extensions?.details?.fields?.[0]?.field).toBe('uscc');
    const checkDigit = await createDepartment('D-BAD', { uscc: '11150784MB12345670' });
    expect(codeOf(checkDigit)).toBe('VALIDATION_FAILED');
    expect(checkDigit.errors?.[0]?.message).toMatch(/校验位错误/);
    expect(await t.dataSource.getRepository(Unit).existsBy({ code: 'D-BAD' })).toBe(false);
  });

  it('checks the hierarchy and unique codes', async () => {
    const township = await t.gql(
      CREATE,
      { input: { code: 'T-1', name: '某镇', kind: 'TOWNSHIP', parentId: null } },
      { token: credit },
    );
    expect(codeOf(township)).toBe('VALIDATION_FAILED');
    expect(township.errors?.[0]?.message).toBe('乡镇（街道）必须指定上级单位');
    const dup = await createDepartment('D-FGW');
    expect(codeOf(dup)).toBe('VALIDATION_FAILED');
    expect(dup.errors?.[0]?.message).toMatch(/已存在/);
    const badCode = await createDepartment('带中文');
    expect(codeOf(badCode)).toBe('VALIDATION_FAILED');
    expect(badCode.errors?.[0]?.extensions?.details?.fields?.[0]).toMatchObject({ field: 'code' });
  });

  it('updates with the current version and refuses a stale one with CONFLICT', async () => {
    const created = (await createDepartment('D-CZJ')).data!.createUnit;
    const first = await t.gql<{ updateUnit: UnitRow & { name: string } }>(
      UPDATE,
      { input: { id: created.id, version: created.version, name: '市财政局' } },
      { token: credit },
    );
    expect(first.errors).toBeUndefined();
    expect(first.data?.updateUnit).toMatchObject({ name: '市财政局', version: created.version + 1 });

    const stale = await t.gql(UPDATE, { input: { id: created.id, version: created.version, name: '旧名' } }, { token: credit });
    expect(codeOf(stale)).toBe('CONFLICT');
    const row = await t.dataSource.getRepository(Unit).findOneByOrFail({ id: created.id });
    expect(row.name).toBe('市财政局');
    const updates = await t.dataSource.getRepository(AuditLog).findBy({ entityId: created.id, action: 'UPDATE' });
    expect(updates).toHaveLength(1);
  });

  it('archives a unit and hides it from the default list', async () => {
    const created = (await createDepartment('D-ARC')).data!.createUnit;
    const archived = await t.gql(
      `mutation($id: ID!, $v: Int!) { archiveUnit(id: $id, version: $v) { archivedAt } }`,
      { id: created.id, v: created.version },
      { token: credit },
    );
    expect(archived.errors).toBeUndefined();
    const list = await t.gql<{ units: { nodes: UnitRow[] } }>(UNITS, { filter: { search: 'D-ARC' } }, { token: credit });
    expect(list.data?.units.nodes).toHaveLength(0);
    const all = await t.gql<{ units: { nodes: UnitRow[] } }>(
      UNITS,
      { filter: { search: 'D-ARC', includeArchived: true } },
      { token: credit },
    );
    expect(all.data?.units.nodes).toHaveLength(1);
    const cannot = await t.gql(
      `mutation($id: ID!, $v: Int!) { archiveUnit(id: $id, version: $v) { id } }`,
      { id: county.id, v: county.version },
      { token: credit },
    );
    expect(codeOf(cannot)).toBe('INVALID_STATE');
  });

  it('pages through units with a cursor and caps first at 100', async () => {
    for (const code of ['P-01', 'P-02', 'P-03', 'P-04', 'P-05']) await createDepartment(code);
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 5; page += 1) {
      const res: Awaited<ReturnType<typeof t.gql<{ units: { totalCount: number; nodes: UnitRow[]; pageInfo: { hasNextPage: boolean; endCursor: string } } }>>> =
        await t.gql(UNITS, { filter: { search: 'P-0' }, first: 2, after }, { token: credit });
      expect(res.data?.units.totalCount).toBe(5);
      seen.push(...res.data!.units.nodes.map((n) => n.code));
      if (!res.data!.units.pageInfo.hasNextPage) break;
      after = res.data!.units.pageInfo.endCursor;
    }
    expect(seen).toEqual(['P-01', 'P-02', 'P-03', 'P-04', 'P-05']);
    expect(codeOf(await t.gql(UNITS, { first: 101 }, { token: credit }))).toBe('VALIDATION_FAILED');
    expect(codeOf(await t.gql(UNITS, { after: 'garbage' }, { token: credit }))).toBe('VALIDATION_FAILED');
  });

  it('returns the tree through parent and children', async () => {
    const res = await t.gql<{ unit: { code: string; parent: { code: string }; children: Array<{ code: string }> } }>(
      `query($id: ID!) { unit(id: $id) { code parent { code } children { code } } }`,
      { id: county.id },
      { token: credit },
    );
    expect(res.data?.unit.parent.code).toBe('R-HLBE');
    expect(res.data?.unit.children.map((c) => c.code)).toEqual(expect.arrayContaining(['D-FGW', 'D-CZJ']));
  });

  describe('a unit submitter', () => {
    let token: string;
    let ownUnitId: string;
    beforeAll(async () => {
      token = await t.loginAs(Role.UNIT_SUBMITTER);
      ownUnitId = t.accountFor(Role.UNIT_SUBMITTER)!.unitId!;
    });

    it('cannot create or update units (FORBIDDEN, nothing written)', async () => {
      const auditBefore = await t.dataSource.getRepository(AuditLog).count();
      const res = await t.gql(
        CREATE,
        { input: { code: 'X-SUB', name: '越权', kind: 'DEPARTMENT', parentId: county.id } },
        { token },
      );
      expect(codeOf(res)).toBe('FORBIDDEN');
      expect(res.errors?.[0]?.message).toBe('没有权限执行此操作');
      expect(await t.dataSource.getRepository(Unit).existsBy({ code: 'X-SUB' })).toBe(false);
      const upd = await t.gql(UPDATE, { input: { id: ownUnitId, version: 1, name: '改名' } }, { token });
      expect(codeOf(upd)).toBe('FORBIDDEN');
      expect(await t.dataSource.getRepository(AuditLog).count()).toBe(auditBefore);
    });

    it('sees only its own unit and cannot read another', async () => {
      const list = await t.gql<{ units: { totalCount: number; nodes: UnitRow[] } }>(UNITS, {}, { token });
      expect(list.data?.units.totalCount).toBe(1);
      expect(list.data?.units.nodes[0]?.id).toBe(ownUnitId);
      const own = await t.gql<{ unit: { id: string; parent: unknown } }>(
        `query($id: ID!) { unit(id: $id) { id parent { id } } }`,
        { id: ownUnitId },
        { token },
      );
      expect(own.data?.unit.id).toBe(ownUnitId);
      const other = await t.gql(`query($id: ID!) { unit(id: $id) { id name } }`, { id: county.id }, { token });
      expect(codeOf(other)).toBe('FORBIDDEN');
      expect(other.data).toBeNull();
    });
  });
});
