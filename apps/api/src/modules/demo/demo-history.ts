import {
  walkNodes,
  type IndicatorSystem,
  type InputField,
  type PeriodKind,
  type UnitSubmission,
} from '@govtrust/indicators';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { Role } from '../../common/auth/roles';
import type { Account } from '../accounts/account.entity';
import type { AuditContext, AuditService } from '../audit/audit.service';
import { measureLateness } from '../calendar/due-dates';
import { loadWorkingCalendar } from '../cycles/calendar.loader';
import type { Period } from '../cycles/period.entity';
import { nodeKinds } from '../scores/period-scoring';
import { MonitoringEntry } from '../scores/monitoring-entry.entity';
import { SubmissionAuthor, SubmissionState } from '../submissions/submission-enums';
import { Submission } from '../submissions/submission.entity';
import { SubmissionTransition } from '../submissions/submission-transition.entity';
import { TaskAssignment } from '../task-lists/task-assignment.entity';
import { TaskDefinition } from '../task-lists/task-definition.entity';
import { TaskDue } from '../task-lists/task-due.entity';
import { DemoValues, hash } from './demo-values';
import { periodStage } from './demo-year';

/** Why the credit office sends a demo submission back (退回 always carries a reason). */
const RETURN_REASONS = [
  '佐证材料中的台账截图不清晰，请重新上传加盖公章的台账扫描件',
  '入库数据量与平台统计不一致，请核对后重新填报',
  '缺少会议纪要和签到表，请补充后重新报送',
  '填报数据与上期差异较大，请在备注中说明原因',
];

export interface DemoPeople {
  credit: Account;
  /** submitter and approver of each department, by unit id */
  byUnit: Map<string, { submitter: Account; approver: Account }>;
  /** departments in 序号 order */
  unitIds: string[];
  /** departments that have not started the open periods (walk-through accounts start clean) */
  untouchedInOpenPeriods: ReadonlySet<string>;
}

export interface HistoryResult {
  submissions: number;
  monitoringEntries: number;
  /** two departments that report alike, so the rankings show a tie */
  tiedUnitIds: [string, string] | null;
}

interface Outcome {
  state: SubmissionState;
  submittedAt: Date | null;
  reason?: string;
}

/**
 * Writes the year so far as the departments and the office would have made it: every due item
 * of the closed quarters approved (a few reported late), the open periods in a realistic mix
 * (approved, waiting for review, waiting for the unit head, returned with a reason, drafts, not
 * started, a few overdue), and the platform statistics the office enters as monitoring data.
 * Rows are written in bulk in one transaction with their state history and one audit entry: the
 * services would stamp every row with today's date, and the history needs its own dates.
 */
export async function writeDemoHistory(
  dataSource: DataSource,
  audit: AuditService,
  ctx: AuditContext,
  input: {
    cycleId: string;
    system: IndicatorSystem;
    periods: Period[];
    people: DemoPeople;
    templates: readonly UnitSubmission[];
    now: Date;
    today: string;
  },
): Promise<HistoryResult> {
  const { cycleId, periods, people, now, today } = input;
  const started = periods.filter((p) => periodStage(p.kind, p.index, today) !== 'NOT_OPEN');
  const periodById = new Map(started.map((p) => [p.id, p]));
  const values = new DemoValues(input.templates);

  return dataSource.transaction(async (manager) => {
    const calendar = await loadWorkingCalendar(manager);
    const tasks = await manager.findBy(TaskDefinition, { cycleId });
    const taskById = new Map(tasks.map((t) => [t.id, t]));
    const assignments = await manager.findBy(TaskAssignment, { cycleId });
    const dues = await manager.findBy(TaskDue, { periodId: In([...periodById.keys()]) });
    const assignmentById = new Map(assignments.map((a) => [a.id, a]));
    const profiles = profilesOf(people.unitIds, assignments, taskById);

    const submissions: Submission[] = [];
    /** the state history of submissions[i], linked once the submissions have their ids */
    const histories: SubmissionTransition[][] = [];
    for (const due of dues) {
      const assignment = assignmentById.get(due.assignmentId);
      const task = taskById.get(due.taskId);
      const period = periodById.get(due.periodId)!;
      const who = people.byUnit.get(due.unitId);
      if (!assignment || !task || !who || task.dataSource !== 'UNIT_REPORT') continue;
      const stage = periodStage(period.kind, period.index, today);
      if (stage === 'OPEN' && people.untouchedInOpenPeriods.has(due.unitId)) continue;
      const h = hash(`${due.unitId}:${task.code}:${period.label}`);
      const outcome = outcomeOf(stage, due.dueDate, today, now, h);
      if (!outcome) continue;
      const lateness = outcome.submittedAt
        ? measureLateness(due.dueDate, outcome.submittedAt, calendar)
        : { late: false, days: 0, workingDays: 0 };
      const steps = stepsTo(outcome.state);
      const stamps = timeline(outcome.submittedAt ?? new Date(now.getTime() - 3_600_000), steps.length, now);
      const submission = manager.create(Submission, {
        unitId: due.unitId,
        taskId: task.id,
        assignmentId: assignment.id,
        periodId: period.id,
        state: outcome.state,
        values: values.valuesFor(task.inputs, profiles.get(due.unitId) ?? 0, period.label),
        evidenceIds: [],
        submittedAt: outcome.submittedAt,
        late: lateness.late,
        lateDays: lateness.days,
        lateWorkingDays: lateness.workingDays,
        returnCount: outcome.state === SubmissionState.RETURNED ? 1 : 0,
        authorRole: SubmissionAuthor.UNIT,
        authorId: who.submitter.id,
        lastReason: outcome.reason ?? null,
        createdAt: stamps[0],
        updatedAt: stamps.at(-1),
        version: steps.length + 1,
      });
      submissions.push(submission);
      histories.push(
        steps.map(([from, to, role], i) => {
          const actor =
            role === Role.CREDIT_OFFICE
              ? people.credit
              : role === Role.UNIT_APPROVER
                ? who.approver
                : who.submitter;
          return manager.create(SubmissionTransition, {
            submissionId: '',
            seq: i + 2,
            fromState: from,
            toState: to,
            actorId: actor.id,
            role,
            comment: to === SubmissionState.RETURNED ? (outcome.reason ?? null) : null,
            createdAt: stamps[i],
          });
        }),
      );
    }
    await manager.save(Submission, submissions, { chunk: 200 });
    const transitions = histories.flatMap((rows, i) =>
      rows.map((row) => Object.assign(row, { submissionId: submissions[i]!.id })),
    );
    await manager.save(SubmissionTransition, transitions, { chunk: 200 });

    const monitoring = monitoringEntries(
      manager,
      input.system,
      started,
      people,
      assignments,
      taskById,
      profiles,
      values,
      cycleId,
    );
    await manager.save(MonitoringEntry, monitoring, { chunk: 200 });

    const tied = [...profiles.entries()].filter(
      ([, p]) => [...profiles.values()].filter((q) => q === p).length > 1,
    );
    const result: HistoryResult = {
      submissions: submissions.length,
      monitoringEntries: monitoring.length,
      tiedUnitIds: tied.length >= 2 ? [tied[0]![0], tied[1]![0]] : null,
    };
    await audit.record(manager, ctx, {
      entity: 'AssessmentCycle',
      entityId: cycleId,
      action: 'SEED_DEMO_HISTORY',
      after: { ...result },
    });
    return result;
  });
}

function outcomeOf(
  stage: ReturnType<typeof periodStage>,
  dueDate: string | null,
  today: string,
  now: Date,
  h: number,
): Outcome | null {
  const at = (date: string, shiftDays: number) => {
    const instant = new Date(`${date}T10:00:00+08:00`);
    instant.setUTCDate(instant.getUTCDate() + shiftDays);
    return instant < now ? instant : new Date(now.getTime() - 3_600_000);
  };
  const onTime = (date: string | null) =>
    date ? at(date, -(1 + (h % 4))) : new Date(now.getTime() - (2 + (h % 20)) * 86_400_000);
  if (stage === 'CLOSED') {
    const late = dueDate !== null && h % 13 === 0;
    return {
      state: SubmissionState.APPROVED,
      submittedAt: late ? at(dueDate, 1 + (h % 3)) : onTime(dueDate),
    };
  }
  if (dueDate !== null && dueDate < today) {
    if (h % 9 === 0) return null; // overdue, not reported yet
    if (h % 9 === 1) return { state: SubmissionState.SUBMITTED, submittedAt: at(dueDate, 2 + (h % 5)) };
    return { state: SubmissionState.APPROVED, submittedAt: onTime(dueDate) };
  }
  const recent = new Date(now.getTime() - (1 + (h % 5)) * 86_400_000);
  switch (h % 10) {
    case 0:
    case 1:
    case 2:
      return { state: SubmissionState.APPROVED, submittedAt: recent };
    case 3:
    case 4:
      return { state: SubmissionState.SUBMITTED, submittedAt: recent };
    case 5:
      return { state: SubmissionState.PENDING_APPROVAL, submittedAt: recent };
    case 6:
      return {
        state: SubmissionState.RETURNED,
        submittedAt: recent,
        reason: RETURN_REASONS[h % RETURN_REASONS.length]!,
      };
    case 7:
      return { state: SubmissionState.DRAFT, submittedAt: null };
    default:
      return null;
  }
}

type Step = [SubmissionState, SubmissionState, Role];

/** The state changes that lead from a fresh draft to `state` under approver sign-off. */
function stepsTo(state: SubmissionState): Step[] {
  const submit: Step = [SubmissionState.DRAFT, SubmissionState.PENDING_APPROVAL, Role.UNIT_SUBMITTER];
  const signOff: Step = [SubmissionState.PENDING_APPROVAL, SubmissionState.SUBMITTED, Role.UNIT_APPROVER];
  switch (state) {
    case SubmissionState.DRAFT:
      return [];
    case SubmissionState.PENDING_APPROVAL:
      return [submit];
    case SubmissionState.SUBMITTED:
      return [submit, signOff];
    case SubmissionState.APPROVED:
      return [submit, signOff, [SubmissionState.SUBMITTED, SubmissionState.APPROVED, Role.CREDIT_OFFICE]];
    case SubmissionState.RETURNED:
      return [submit, signOff, [SubmissionState.SUBMITTED, SubmissionState.RETURNED, Role.CREDIT_OFFICE]];
    default:
      return [];
  }
}

/** Submission, then sign-off two hours later, then the office's review the next day (never in the future). */
function timeline(submittedAt: Date, steps: number, now: Date): Date[] {
  const offsets = [0, 2 * 3_600_000, 26 * 3_600_000];
  const stamps = Array.from({ length: Math.max(steps, 1) }, (_, i) => {
    const t = new Date(submittedAt.getTime() + (offsets[i] ?? 0));
    return t < now ? t : new Date(Math.min(now.getTime() - 60_000 * (steps - i), t.getTime()));
  });
  return stamps;
}

/**
 * Each department's figure profile: its 序号, except that the first two departments with the
 * same duties (same task inputs in the same periods) share one, so they tie in the rankings.
 */
function profilesOf(
  unitIds: readonly string[],
  assignments: readonly TaskAssignment[],
  taskById: ReadonlyMap<string, TaskDefinition>,
): Map<string, number> {
  const signature = new Map<string, string>();
  for (const unitId of unitIds) {
    const keys = assignments
      .filter((a) => a.unitId === unitId)
      .flatMap((a) => {
        const task = taskById.get(a.taskId);
        return task ? task.inputs.map((f) => `${task.deadline.kind}:${f.key}`) : [];
      });
    signature.set(unitId, [...new Set(keys)].sort().join('|'));
  }
  const profiles = new Map(unitIds.map((id, i) => [id, i]));
  const seen = new Map<string, string>();
  for (const unitId of unitIds) {
    const sig = signature.get(unitId)!;
    const first = seen.get(sig);
    if (first !== undefined && sig !== '') {
      profiles.set(unitId, profiles.get(first)!);
      break;
    }
    seen.set(sig, unitId);
  }
  return profiles;
}

/**
 * The figures the office enters as monitoring data for each department and started period:
 * platform statistics, hotline, court and dispatch figures (nodes whose data source is not the
 * unit's own report) in every period, so each period's card has them; and, for duties a
 * department has no task for, the office's own ledger figure, entered in the kinds of period in
 * which the other departments report it (cumulative and annual duties: every period). A figure the
 * department reports itself in that kind of period is left to the department.
 */
function monitoringEntries(
  manager: EntityManager,
  system: IndicatorSystem,
  started: readonly Period[],
  people: DemoPeople,
  assignments: readonly TaskAssignment[],
  taskById: ReadonlyMap<string, TaskDefinition>,
  profiles: ReadonlyMap<string, number>,
  values: DemoValues,
  cycleId: string,
): MonitoringEntry[] {
  const kinds = nodeKinds(system);
  const reportedKinds = new Map<string, Set<string>>();
  const taskKinds = new Map<string, Set<string>>();
  for (const a of assignments) {
    const task = taskById.get(a.taskId);
    if (!task) continue;
    const kind =
      task.deadline.kind === 'MONTHLY' ? 'MONTH' : task.deadline.kind === 'QUARTERLY' ? 'QUARTER' : 'YEAR';
    for (const f of task.inputs) {
      const key = `${a.unitId}:${f.key}`;
      reportedKinds.set(key, (reportedKinds.get(key) ?? new Set()).add(kind));
      taskKinds.set(f.key, (taskKinds.get(f.key) ?? new Set()).add(kind));
    }
  }
  const everyKind: PeriodKind[] = ['MONTH', 'QUARTER', 'YEAR'];
  const sourceOf = new Map<string, string>();
  const monitored: Array<{ field: InputField; periodKinds: PeriodKind[]; platform: boolean }> = [];
  walkNodes(system, ({ node, parent }) => {
    const source = node.dataSource ?? (parent ? sourceOf.get(parent.code) : undefined) ?? 'UNIT_REPORT';
    sourceOf.set(node.code, source);
    const rolling = kinds.get(node.code) === 'CUMULATIVE' || kinds.get(node.code) === 'YEAR';
    for (const field of node.inputs ?? []) {
      const reported = taskKinds.get(field.key);
      // the office's ledger figure for a department without the task goes into the kinds of
      // period the departments report it in; cumulative and annual figures into every period
      const periodKinds =
        source !== 'UNIT_REPORT' || rolling || !reported
          ? everyKind
          : everyKind.filter((k) => reported.has(k));
      monitored.push({ field, periodKinds, platform: source !== 'UNIT_REPORT' });
    }
  });
  const entries: MonitoringEntry[] = [];
  for (const period of started) {
    for (const unitId of people.unitIds) {
      const fields = monitored
        .filter((m) => m.periodKinds.includes(period.kind as PeriodKind))
        .filter((m) => {
          const own = reportedKinds.get(`${unitId}:${m.field.key}`);
          return m.platform ? !own?.has(period.kind) : own === undefined;
        })
        .map((m) => m.field);
      if (fields.length === 0) continue;
      entries.push(
        manager.create(MonitoringEntry, {
          cycleId,
          periodId: period.id,
          unitId,
          values: values.valuesFor(fields, profiles.get(unitId) ?? 0, period.label),
          enteredBy: people.credit.id,
        }),
      );
    }
  }
  return entries;
}
