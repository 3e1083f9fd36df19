import type { DataSource } from 'typeorm';
import { Role } from '../../common/auth/roles';
import { Account } from '../accounts/account.entity';
import { AuditService } from '../audit/audit.service';
import { PeriodKindEnum } from '../cycles/cycle-enums';
import { IndicatorSystemVersion } from '../indicator-systems/indicator-system-version.entity';
import { createWorkflowServices } from '../../workflow-services';

export interface WorkflowSeedResult {
  seeded: boolean;
  systems: string[];
  cycleId: string | null;
  tasks: number;
  openPeriods: string[];
}

const SYSTEM_PRESETS = ['nmg-quarterly-2022', 'genhe-assessment-2023'];

/** The cycle year's last month, last quarter and the year itself: "now" for a past cycle. */
const OPEN_PERIODS: ReadonlyArray<[PeriodKindEnum, number]> = [
  [PeriodKindEnum.MONTH, 12],
  [PeriodKindEnum.QUARTER, 4],
  [PeriodKindEnum.YEAR, 1],
];

/**
 * The demo's workflow data, made through the services as the 信用办 account would: both systems
 * imported and published, the 2023 Genhe cycle with its periods (the latest ones open) and the
 * Genhe task list for the 36 departments. Runs only on a database without indicator systems.
 */
export async function seedDemoWorkflow(dataSource: DataSource): Promise<WorkflowSeedResult> {
  const none: WorkflowSeedResult = { seeded: false, systems: [], cycleId: null, tasks: 0, openPeriods: [] };
  if ((await dataSource.getRepository(IndicatorSystemVersion).count()) > 0) return none;
  const credit = await dataSource
    .getRepository(Account)
    .findOneBy({ role: Role.CREDIT_OFFICE, active: true });
  if (!credit) return none;
  const audit = new AuditService(dataSource);
  // the seed uploads no evidence, so the evidence check is never reached
  const services = createWorkflowServices(dataSource, audit, () => Promise.resolve());
  const ctx = {
    requestId: 'seed-demo-workflow',
    ip: null,
    user: {
      id: credit.id,
      username: credit.username,
      displayName: credit.displayName,
      role: credit.role,
      unitId: null,
      mustChangePassword: false,
      sessionId: 'seed-demo',
    },
  };

  const published: IndicatorSystemVersion[] = [];
  for (const presetId of SYSTEM_PRESETS) {
    const draft = await services.indicatorSystems.importPreset(ctx, presetId);
    published.push(await services.indicatorSystems.publish(ctx, draft.systemKey, draft.version));
  }
  const genhe = published.find((s) => s.systemKey === 'genhe-assessment-2023')!;
  const cycle = await services.cycles.create(ctx, {
    name: '2023年度根河市社会信用体系建设考核',
    year: 2023,
    systemKey: genhe.systemKey,
    systemVersion: genhe.systemVersion,
    taskListKey: 'genhe-tasks-2023',
    requiresApproverSignOff: true,
  });
  const imported = await services.taskLists.importPreset(ctx, cycle.id, 'genhe-tasks-2023');
  const periods = await services.cycles.periods(ctx, cycle.id);
  const openPeriods: string[] = [];
  for (const [kind, index] of OPEN_PERIODS) {
    const period = periods.find((p) => p.kind === kind && p.index === index);
    if (!period) continue;
    await services.cycles.openPeriod(ctx, period.id);
    openPeriods.push(period.label);
  }
  return {
    seeded: true,
    systems: published.map((s) => `${s.systemKey}@${s.systemVersion}`),
    cycleId: cycle.id,
    tasks: imported.tasks,
    openPeriods,
  };
}
