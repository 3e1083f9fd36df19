import { AuditLog } from '../../src/modules/audit/audit-log.entity';
import { AuditService } from '../../src/modules/audit/audit.service';
import { Unit } from '../../src/modules/units/unit.entity';
import { createUnitFixture, Role, UnitKind } from '../utils/fixtures';
import { codeOf } from '../utils/gql-client';
import { engines } from '../utils/test-database';
import { startTestServer, type TestServer } from '../utils/test-server';

const CREATE = `mutation($input: CreateUnitInput!) { createUnit(input: $input) { id } }`;
const LOGS = `query($filter: AuditLogFilter, $first: Int, $after: String) {
  auditLogs(filter: $filter, first: $first, after: $after) {
    totalCount nodes { entity entityId action actorId actorRole unitId requestId after actor { username } unit { code } } pageInfo { hasNextPage endCursor }
  }
}`;

interface LogRow {
  entity: string;
  entityId: string;
  action: string;
  actorId: string;
  requestId: string;
}

describe.each(engines)('audit trail on %s', (engine) => {
  let t: TestServer;
  let credit: string;
  let parentId: string;
  beforeAll(async () => {
    t = await startTestServer(engine);
    credit = await t.loginAs(Role.CREDIT_OFFICE);
    parentId = (await createUnitFixture(t.dataSource, { kind: UnitKind.COUNTY })).id;
  });
  afterAll(async () => {
    jest.restoreAllMocks();
    await t.close();
  });

  it('commits the change and its audit row together: a failure after both leaves neither', async () => {
    const audit = t.api.services.audit;
    const original = audit.record.bind(audit);
    const spy = jest.spyOn(audit, 'record').mockImplementation(async (manager, ctx, entry) => {
      const row = await original(manager, ctx, entry);
      throw new Error(`forced failure after writing audit row ${row.id}`);
    });
    const res = await t.gql(
      CREATE,
      { input: { code: 'TX-FAIL', name: '事务测试', kind: 'DEPARTMENT', parentId } },
      { token: credit },
    );
    expect(spy).toHaveBeenCalledTimes(1);
    spy.mockRestore();
    expect(codeOf(res)).toBe('INTERNAL_SERVER_ERROR');
    expect(await t.dataSource.getRepository(Unit).existsBy({ code: 'TX-FAIL' })).toBe(false);
    expect(await t.dataSource.getRepository(AuditLog).countBy({ entity: 'Unit', action: 'CREATE' })).toBe(0);

    const ok = await t.gql<{ createUnit: { id: string } }>(
      CREATE,
      { input: { code: 'TX-OK', name: '事务测试', kind: 'DEPARTMENT', parentId } },
      { token: credit },
    );
    expect(ok.errors).toBeUndefined();
    expect(await t.dataSource.getRepository(AuditLog).countBy({ entity: 'Unit', action: 'CREATE' })).toBe(1);
  });

  it('refuses to record outside a transaction', async () => {
    const audit = new AuditService(t.dataSource);
    await expect(
      audit.record(t.dataSource.manager, { requestId: 'r', ip: null, user: null }, { entity: 'X', entityId: null, action: 'Y' }),
    ).rejects.toThrow(/事务/);
  });

  it('lists audit logs for the credit office, filtered by entity, actor, unit and time', async () => {
    const created = await t.gql<{ createUnit: { id: string } }>(
      CREATE,
      { input: { code: 'AU-1', name: '审计查询', kind: 'DEPARTMENT', parentId } },
      { token: credit },
      // request id travels from the header to the audit row
    );
    const unitId = created.data!.createUnit.id;
    const byEntity = await t.gql<{ auditLogs: { totalCount: number; nodes: LogRow[] } }>(
      LOGS,
      { filter: { entity: 'Unit', entityId: unitId } },
      { token: credit },
    );
    expect(byEntity.data?.auditLogs.totalCount).toBe(1);
    expect(byEntity.data?.auditLogs.nodes[0]).toMatchObject({
      action: 'CREATE',
      actorId: t.accountFor(Role.CREDIT_OFFICE)!.id,
      actor: { username: t.accountFor(Role.CREDIT_OFFICE)!.username },
      unit: { code: 'AU-1' },
    });

    const byUnit = await t.gql<{ auditLogs: { totalCount: number } }>(LOGS, { filter: { unitId } }, { token: credit });
    expect(byUnit.data?.auditLogs.totalCount).toBe(1);

    const byActor = await t.gql<{ auditLogs: { totalCount: number; nodes: LogRow[] } }>(
      LOGS,
      { filter: { actorId: t.accountFor(Role.CREDIT_OFFICE)!.id } },
      { token: credit },
    );
    // LOGIN + TX-OK + AU-1
    expect(byActor.data?.auditLogs.nodes.map((n) => n.action).sort()).toEqual(['CREATE', 'CREATE', 'LOGIN']);

    const future = new Date(Date.now() + 3_600_000).toISOString();
    const past = new Date(Date.now() - 3_600_000).toISOString();
    const later = await t.gql<{ auditLogs: { totalCount: number } }>(LOGS, { filter: { from: future } }, { token: credit });
    expect(later.data?.auditLogs.totalCount).toBe(0);
    const window = await t.gql<{ auditLogs: { totalCount: number } }>(
      LOGS,
      { filter: { from: past, to: future, entity: 'Unit' } },
      { token: credit },
    );
    expect(window.data?.auditLogs.totalCount).toBe(2);

    // newest first, cursor pages do not repeat rows
    const page1 = await t.gql<{ auditLogs: { nodes: LogRow[]; pageInfo: { endCursor: string } } }>(LOGS, { first: 2 }, { token: credit });
    const page2 = await t.gql<{ auditLogs: { nodes: LogRow[] } }>(
      LOGS,
      { first: 2, after: page1.data!.auditLogs.pageInfo.endCursor },
      { token: credit },
    );
    const ids = [...page1.data!.auditLogs.nodes, ...page2.data!.auditLogs.nodes].map((n) => `${n.action}:${n.entityId}`);
    expect(new Set(ids).size).toBe(ids.length);
    expect(page1.data!.auditLogs.nodes[0]?.entityId).toBe(unitId);
  });

  it('carries the request id from the x-request-id header', async () => {
    await t.gql(
      CREATE,
      { input: { code: 'AU-2', name: '请求号', kind: 'DEPARTMENT', parentId } },
      { token: credit, headers: { 'x-request-id': 'req-audit-42' } },
    );
    const row = await t.dataSource.getRepository(AuditLog).findOneByOrFail({ requestId: 'req-audit-42' });
    expect(row.action).toBe('CREATE');
  });

  it('is closed to unit users and leaders', async () => {
    for (const role of [Role.UNIT_SUBMITTER, Role.LEADER, Role.EVALUATOR]) {
      expect(codeOf(await t.gql(LOGS, {}, { token: await t.loginAs(role) }))).toBe('FORBIDDEN');
    }
  });
});
