import type { DataSource } from 'typeorm';
import { Role } from '../../common/auth/roles';
import { Account } from '../accounts/account.entity';
import { hashPassword } from '../accounts/password';
import { AuditService } from '../audit/audit.service';
import { Unit } from '../units/unit.entity';
import { loadDemoUnits } from './demo-units';
import { seedDefaultWarningRules } from '../warnings/demo-warning-rules';
import { seedDemoWorkflow } from './demo-workflow';

/** The one documented demo password (README, start-up banner). Change it on any real install. */
export const DEMO_PASSWORD = 'Demo@2026';

export interface DemoAccount {
  username: string;
  role: Role;
  displayName: string;
  unitCode?: string;
}

/** Department accounts are named by 序号: gh01.submit / gh01.approve for the first department. */
export function demoAccountsFor(departments: Array<{ code: string; name: string }>): DemoAccount[] {
  const staff: DemoAccount[] = [
    { username: 'admin', role: Role.ADMIN, displayName: '系统管理员' },
    { username: 'credit', role: Role.CREDIT_OFFICE, displayName: '根河市信用办' },
    { username: 'evaluator', role: Role.EVALUATOR, displayName: '第三方评估机构' },
    { username: 'leader', role: Role.LEADER, displayName: '市领导' },
  ];
  const unitAccounts = departments.flatMap(({ code: unitCode, name }, index) => {
    const prefix = `gh${String(index + 1).padStart(2, '0')}`;
    return [
      { username: `${prefix}.submit`, role: Role.UNIT_SUBMITTER, displayName: `${name}填报人`, unitCode },
      { username: `${prefix}.approve`, role: Role.UNIT_APPROVER, displayName: `${name}负责人`, unitCode },
    ];
  });
  return [...staff, ...unitAccounts];
}

export interface SeedResult {
  seeded: boolean;
  units: number;
  accounts: DemoAccount[];
}

/**
 * Seeds the demo hierarchy and accounts when the database has no accounts; otherwise does nothing.
 * `now` decides the demo's year and how far into it the departments have reported.
 */
export async function seedDemoData(
  dataSource: DataSource,
  bcryptRounds = 10,
  now = new Date(),
): Promise<SeedResult> {
  if ((await dataSource.getRepository(Account).count()) > 0) return { seeded: false, units: 0, accounts: [] };
  const demoUnits = loadDemoUnits();
  const departments = demoUnits.filter((u) => u.parentCode === 'GH');
  const accounts = demoAccountsFor(departments);
  // one hash for all demo accounts: they share the documented password
  const passwordHash = await hashPassword(DEMO_PASSWORD, bcryptRounds);
  const audit = new AuditService(dataSource);
  const ctx = { requestId: 'seed-demo', ip: null, user: null };

  await dataSource.transaction(async (manager) => {
    const idByCode = new Map<string, string>();
    for (const demo of demoUnits) {
      const parentId = demo.parentCode ? (idByCode.get(demo.parentCode) ?? null) : null;
      const unit = await manager.save(
        Unit,
        manager.create(Unit, {
          code: demo.code,
          name: demo.name,
          kind: demo.kind,
          parentId,
          classes: demo.classes ?? [],
          uscc: null,
          contacts: [],
          archivedAt: null,
        }),
      );
      idByCode.set(demo.code, unit.id);
    }
    await manager.save(
      Account,
      accounts.map((a) =>
        manager.create(Account, {
          username: a.username,
          displayName: a.displayName,
          role: a.role,
          unitId: a.unitCode ? (idByCode.get(a.unitCode) ?? null) : null,
          passwordHash,
          active: true,
          failedLogins: 0,
          lockedUntil: null,
          mustChangePassword: false,
          lastLoginAt: null,
        }),
      ),
      { chunk: 50 },
    );
    await audit.record(manager, ctx, {
      entity: 'Demo',
      entityId: null,
      action: 'SEED',
      after: { units: demoUnits.length, accounts: accounts.length },
    });
  });
  // systems, the current year's Genhe cycle, its task list and the year so far (demo-workflow.ts)
  await seedDemoWorkflow(dataSource, now);
  await seedDefaultWarningRules(dataSource);
  return { seeded: true, units: demoUnits.length, accounts };
}
