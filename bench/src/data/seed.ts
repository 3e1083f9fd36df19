/**
 * Synthetic province-scale data written straight into a migrated database with multi-row INSERTs
 * (column names from the API's entities): units, a published 50-indicator system, a cycle of
 * monthly periods, ten tasks assigned to every unit with their dues, approved submissions for the
 * closed months and an open last month for the deadline-day spike.
 */
import { randomUUID } from 'node:crypto';
import type { Pool } from 'mysql2/promise';
import { validateSystem } from '@govtrust/indicators';
import { bulkInsert, type Row } from '../lib/db';
import { paths } from '../lib/paths';
import { buildSystem, SYSTEM_KEY, taskValues, tasks } from './system';

export const BENCH_PASSWORD = 'Bench2026pass';
export const OFFICE_USERNAME = 'bench.office';
export const YEAR = 2026;

export interface SeedOptions {
  units: number;
  /** monthly periods; all but the last are closed with approved data, the last is open */
  periods: number;
  /** units that get a submitter account (B1) */
  submitters: number;
  /** false: only what the ranking reads (no dues, no submissions; cards are written from computed values) */
  workflowRows?: boolean;
}

export interface Seeded {
  cycleId: string;
  unitIds: string[];
  periodIds: string[];
  taskIds: string[];
  /** last closed month: B3 and B4 read it */
  targetPeriodId: string;
  /** the month before it: the ranking's comparison */
  previousPeriodId: string;
  openPeriodId: string;
  submitters: Array<{ username: string; unitId: string; index: number }>;
  submissionRows: number;
}

// bcryptjs is the API's own hashing library; cost 4 keeps 1,000 logins out of the measured time
// eslint-disable-next-line @typescript-eslint/no-require-imports
const bcrypt = require(paths.apiBcrypt) as { hashSync(password: string, rounds: number): string };

const pad = (n: number, w = 5) => String(n).padStart(w, '0');

export async function seed(pool: Pool, options: SeedOptions): Promise<Seeded> {
  const now = new Date();
  const base = (id: string): Row => [id, now, now, 1];
  const system = buildSystem(1);
  const problems = validateSystem(system).filter((p) => p.severity === 'ERROR');
  if (problems.length > 0) throw new Error(`合成指标体系无效：${problems.map((p) => p.message).join('; ')}`);

  const unitIds = Array.from({ length: options.units }, () => randomUUID());
  await bulkInsert(
    pool,
    'unit',
    ['id', 'createdAt', 'updatedAt', 'version', 'code', 'name', 'kind', 'parentId', 'classes', 'uscc', 'contacts', 'archivedAt'],
    unitIds.map((id, i) => [...base(id), `BU-${pad(i)}`, `基准单位${pad(i)}局`, 'DEPARTMENT', null, '[]', null, '[]', null]),
  );

  const hash = bcrypt.hashSync(BENCH_PASSWORD, 4);
  const officeId = randomUUID();
  const submitters = unitIds.slice(0, options.submitters).map((unitId, index) => ({ username: `bu${pad(index)}.submit`, unitId, index }));
  const accountColumns = ['id', 'createdAt', 'updatedAt', 'version', 'username', 'displayName', 'role', 'unitId', 'passwordHash', 'active', 'failedLogins', 'lockedUntil', 'mustChangePassword', 'lastLoginAt'];
  await bulkInsert(pool, 'account', accountColumns, [
    [...base(officeId), OFFICE_USERNAME, '信用办基准账号', 'CREDIT_OFFICE', null, hash, 1, 0, null, 0, null],
    ...submitters.map((s) => [...base(randomUUID()), s.username, `填报人${s.username}`, 'UNIT_SUBMITTER', s.unitId, hash, 1, 0, null, 0, null]),
  ]);

  await bulkInsert(
    pool,
    'indicator_system_version',
    ['id', 'createdAt', 'updatedAt', 'version', 'systemKey', 'systemVersion', 'name', 'unitKinds', 'periodKind', 'status', 'definition', 'publishedAt', 'publishedBy'],
    [[...base(randomUUID()), SYSTEM_KEY, 1, system.name, JSON.stringify(system.unitKinds), 'MONTH', 'PUBLISHED', JSON.stringify(system), now, officeId]],
  );

  const cycleId = randomUUID();
  await bulkInsert(
    pool,
    'assessment_cycle',
    ['id', 'createdAt', 'updatedAt', 'version', 'name', 'year', 'systemKey', 'systemVersion', 'taskListKey', 'status', 'requiresApproverSignOff'],
    [[...base(cycleId), `${YEAR}年度基准测试政务诚信监测`, YEAR, SYSTEM_KEY, 1, null, 'ACTIVE', 0]],
  );

  const periodIds = Array.from({ length: options.periods }, () => randomUUID());
  const last = options.periods - 1;
  await bulkInsert(
    pool,
    'period',
    ['id', 'createdAt', 'updatedAt', 'version', 'cycleId', 'kind', 'year', 'periodIndex', 'label', 'status', 'openedAt', 'closedAt'],
    periodIds.map((id, m) => [...base(id), cycleId, 'MONTH', YEAR, m + 1, `${YEAR}年${m + 1}月`, m === last ? 'OPEN' : 'CLOSED', now, m === last ? null : now]),
  );

  const shapes = tasks();
  const taskIds = shapes.map(() => randomUUID());
  await bulkInsert(
    pool,
    'task_definition',
    ['id', 'createdAt', 'updatedAt', 'version', 'cycleId', 'code', 'title', 'category', 'sourceText', 'target', 'deadline', 'deadlineText', 'indicatorCodes', 'inputs', 'evidence', 'dataSource'],
    shapes.map((t, i) => [
      ...base(taskIds[i]!),
      cycleId,
      t.code,
      `月度信用信息报送任务${i + 1}`,
      '信用信息',
      '每月4日前报送上月信息，并上传佐证材料。',
      null,
      JSON.stringify({ kind: 'MONTHLY', day: 4 }),
      '每月4日前报送上月信息',
      JSON.stringify(t.indicators.map((ind) => ind.code)),
      JSON.stringify(t.inputs),
      JSON.stringify({ description: '报送台账、会议纪要等佐证材料', minCount: 1, kinds: ['PDF'] }),
      'UNIT_REPORT',
    ]),
  );

  const assignmentIds: string[][] = unitIds.map(() => taskIds.map(() => randomUUID()));
  await bulkInsert(
    pool,
    'task_assignment',
    ['id', 'createdAt', 'updatedAt', 'version', 'cycleId', 'unitId', 'taskId'],
    (function* () {
      for (let u = 0; u < unitIds.length; u++) for (let t = 0; t < taskIds.length; t++) yield [...base(assignmentIds[u]![t]!), cycleId, unitIds[u], taskIds[t]];
    })(),
    { chunkRows: 2000 },
  );

  const workflow = options.workflowRows !== false;
  const dueDate = (m: number) => `${m === 12 ? YEAR + 1 : YEAR}-${String((m % 12) + 1).padStart(2, '0')}-04`;
  if (workflow) await bulkInsert(
    pool,
    'task_due',
    ['id', 'createdAt', 'updatedAt', 'version', 'assignmentId', 'periodId', 'unitId', 'taskId', 'dueDate'],
    (function* () {
      for (let u = 0; u < unitIds.length; u++)
        for (let t = 0; t < taskIds.length; t++)
          for (let m = 0; m < periodIds.length; m++) yield [...base(randomUUID()), assignmentIds[u]![t], periodIds[m], unitIds[u], taskIds[t], dueDate(m + 1)];
    })(),
    { chunkRows: 2000 },
  );

  const submissionRows = !workflow ? 0 : await bulkInsert(
    pool,
    'submission',
    ['id', 'createdAt', 'updatedAt', 'version', 'unitId', 'taskId', 'assignmentId', 'periodId', 'state', 'values', 'evidenceIds', 'submittedAt', 'late', 'lateDays', 'lateWorkingDays', 'returnCount', 'authorRole', 'authorId', 'lastReason'],
    (function* () {
      for (let m = 0; m < last; m++)
        for (let u = 0; u < unitIds.length; u++)
          for (let t = 0; t < taskIds.length; t++)
            yield [...base(randomUUID()), unitIds[u], taskIds[t], assignmentIds[u]![t], periodIds[m], 'APPROVED', JSON.stringify(taskValues(shapes[t]!, u, m)), '[]', now, 0, 0, 0, 0, 'UNIT', null, null];
    })(),
    { chunkRows: 1000 },
  );

  return {
    cycleId,
    unitIds,
    periodIds,
    taskIds,
    targetPeriodId: periodIds[Math.max(0, last - 1)]!,
    previousPeriodId: periodIds[Math.max(0, last - 2)]!,
    openPeriodId: periodIds[last]!,
    submitters,
    submissionRows,
  };
}
