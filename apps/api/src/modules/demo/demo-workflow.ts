import { getPresetSample, getTaskListPreset, parseSystem } from '@govtrust/indicators';
import { IsNull, Not, type DataSource } from 'typeorm';
import { Role } from '../../common/auth/roles';
import { createWorkflowServices } from '../../workflow-services';
import { Account } from '../accounts/account.entity';
import { AuditService } from '../audit/audit.service';
import { chinaDate } from '../calendar/due-dates';
import type { Period } from '../cycles/period.entity';
import { IndicatorSystemVersion } from '../indicator-systems/indicator-system-version.entity';
import { UnitKind } from '../units/unit-kind';
import { Unit } from '../units/unit.entity';
import { writeDemoHistory } from './demo-history';
import { scoreDemoYear } from './demo-scores';
import { demoYear, periodStage, taskUnitsForYear } from './demo-year';

export interface WorkflowSeedResult {
  seeded: boolean;
  systems: string[];
  cycleId: string | null;
  year: number | null;
  tasks: number;
  openPeriods: string[];
  closedPeriods: string[];
  submissions: number;
  published: string[];
}

const SYSTEM_PRESETS = ['nmg-quarterly-2022', 'genhe-assessment-2023'];
const TASK_LIST_PRESET = 'genhe-tasks-2023';
/**
 * 市发改委 (gh04, the README's example account), 市教体局 (gh05) and 市民委 (gh08) have a history but
 * have not started the open periods, so a walk-through of the unit workflow starts from a clean
 * task list. The other 33 departments show every state.
 */
const WALKTHROUGH_UNITS = ['GH-FGW', 'GH-JTJ', 'GH-MW'];

/**
 * The demo's workflow data, made as the 信用办 account would: both systems imported and
 * published; a Genhe cycle for the current year (from `now`, China time) with the task list
 * reissued for that year; the year so far (demo-history.ts); scores computed, the closed
 * quarters published (one grade adjusted with its reason) and warnings evaluated. Runs only on a
 * database without indicator systems.
 */
export async function seedDemoWorkflow(
  dataSource: DataSource,
  now = new Date(),
): Promise<WorkflowSeedResult> {
  const none: WorkflowSeedResult = {
    seeded: false,
    systems: [],
    cycleId: null,
    year: null,
    tasks: 0,
    openPeriods: [],
    closedPeriods: [],
    submissions: 0,
    published: [],
  };
  if ((await dataSource.getRepository(IndicatorSystemVersion).count()) > 0) return none;
  const accounts = await dataSource.getRepository(Account).findBy({ active: true });
  const credit = accounts.find((a) => a.role === Role.CREDIT_OFFICE);
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
  const year = demoYear(now);
  const today = chinaDate(now);
  const cycle = await services.cycles.create(ctx, {
    name: `${year}年度根河市社会信用体系建设考核`,
    year,
    systemKey: genhe.systemKey,
    systemVersion: genhe.systemVersion,
    taskListKey: TASK_LIST_PRESET,
    requiresApproverSignOff: true,
  });
  const preset = getTaskListPreset(TASK_LIST_PRESET)!;
  const imported = await services.taskLists.importTasks(
    ctx,
    cycle.id,
    taskUnitsForYear(preset.units, year),
    'create',
    {
      taskListKey: preset.id,
      audit: { presetId: preset.id, year },
    },
  );
  const periods = await services.cycles.periods(ctx, cycle.id);
  const stage = (p: Period) => periodStage(p.kind, p.index, today);
  for (const period of periods.filter((p) => stage(p) !== 'NOT_OPEN'))
    await services.cycles.openPeriod(ctx, period.id);

  const departments = await dataSource
    .getRepository(Unit)
    .find({ where: { parentId: Not(IsNull()), kind: UnitKind.DEPARTMENT }, order: { code: 'ASC' } });
  const order = new Map(preset.units.map((u, i) => [u.code, i]));
  const unitIds = departments
    .sort((a, b) => (order.get(a.code) ?? 99) - (order.get(b.code) ?? 99))
    .map((u) => u.id);
  const byUnit = new Map(
    unitIds.flatMap((unitId) => {
      const submitter = accounts.find((a) => a.unitId === unitId && a.role === Role.UNIT_SUBMITTER);
      const approver = accounts.find((a) => a.unitId === unitId && a.role === Role.UNIT_APPROVER);
      return submitter && approver ? [[unitId, { submitter, approver }] as const] : [];
    }),
  );
  const history = await writeDemoHistory(dataSource, audit, ctx, {
    cycleId: cycle.id,
    system: parseSystem(genhe.definition),
    periods,
    people: {
      credit,
      byUnit,
      unitIds: unitIds.filter((id) => byUnit.has(id)),
      untouchedInOpenPeriods: new Set(
        departments.filter((u) => WALKTHROUGH_UNITS.includes(u.code)).map((u) => u.id),
      ),
    },
    templates: getPresetSample('genhe-assessment-2023') ?? [],
    now,
    today,
  });
  const closed = periods.filter((p) => stage(p) === 'CLOSED');
  for (const period of closed) await services.cycles.closePeriod(ctx, period.id);
  const publishedPeriods = await scoreDemoYear(dataSource, audit, ctx, services.submissions, {
    periods: periods.filter((p) => stage(p) !== 'NOT_OPEN'),
    closed,
    now,
  });
  return {
    seeded: true,
    systems: published.map((s) => `${s.systemKey}@${s.systemVersion}`),
    cycleId: cycle.id,
    year,
    tasks: imported.tasks,
    openPeriods: periods.filter((p) => stage(p) === 'OPEN').map((p) => p.label),
    closedPeriods: closed.map((p) => p.label),
    submissions: history.submissions,
    published: publishedPeriods,
  };
}
