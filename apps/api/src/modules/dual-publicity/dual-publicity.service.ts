import { randomUUID } from 'node:crypto';
import { parseSystem, type InputValues } from '@govtrust/indicators';
import { IsNull, type DataSource, type EntityManager } from 'typeorm';
import { requireCan, type AuthContext } from '../../common/auth/guards';
import { Action } from '../../common/auth/permissions';
import { AppError } from '../../common/errors/app-error';
import { ErrorCode } from '../../common/errors/error-codes';
import { updateWithVersion } from '../../database/update-with-version';
import { AuditLog } from '../audit/audit-log.entity';
import type { AuditContext, AuditService } from '../audit/audit.service';
import { AssessmentCycle } from '../cycles/assessment-cycle.entity';
import { Period } from '../cycles/period.entity';
import { IndicatorSystemVersion } from '../indicator-systems/indicator-system-version.entity';
import { MonitoringEntry } from '../scores/monitoring-entry.entity';
import { TaskDefinition } from '../task-lists/task-definition.entity';
import { Unit } from '../units/unit.entity';
import type { TextEncoding } from './csv-rows';
import { dualPublicityTargets, FIGURE_LABELS, valuesFor, type FigureTarget } from './dual-publicity-fields';
import { formatOf, tallyFile, type RecordFormat } from './read-records';
import type { ReceivedFile } from './received-file';
import type { RowProblem, UnitCounts } from './record-tally';

/** The part of ScoringService an import needs: recompute the period and those around it. */
export interface PeriodRecompute {
  onSubmissionChanged(periodId: string): Promise<void>;
}

export interface DualPublicityImportResult {
  periodId: string;
  fileName: string;
  sha256: string;
  format: RecordFormat;
  /** CSV only */
  encoding: TextEncoding | null;
  /** data rows read */
  rows: number;
  /** units with records in the file */
  units: number;
  /** monitoring entries created / changed / already holding these figures */
  created: number;
  updated: number;
  unchanged: number;
  /** units holding 双公示 figures for the period that have no records in this file: left as they are */
  notInFile: number;
  /** input keys written, e.g. dp_compliance_rate */
  keys: string[];
  /** the same file was the period's last import and nothing changed since: nothing written */
  alreadyImported: boolean;
  /** the first MAX_REPORTED_ERRORS row problems; nothing is written when there are any */
  errors: RowProblem[];
  errorCount: number;
}

/** What an upload will be written into, checked before the file is read. */
export interface ImportPlan {
  period: Period;
  targets: FigureTarget[];
}

const AUDIT_ENTITY = 'DualPublicityImport';
const INSERT_CHUNK = 500;

function sameValues(before: InputValues, values: InputValues): boolean {
  return Object.entries(values).every(([key, v]) => JSON.stringify(before[key]) === JSON.stringify(v));
}

/**
 * 双公示 records → monitoring values: a CSV or XLSX of every licensing and penalty decision the
 * units reported is streamed, each row validated, the records counted per unit, and the counts
 * written as the rates (合规率, 迟报率, 及时率) the cycle's indicator system declares as monitoring
 * inputs, all in one transaction with one audit row, followed by the period's recompute.
 * Re-importing the period's last file is a no-op; a different file replaces the figures of the
 * units it has records for, and leaves other units' figures alone (counted in `notInFile`).
 */
export class DualPublicityImportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly recompute: PeriodRecompute,
  ) {}

  /** Checked before the upload is read. */
  assertCanImport(ctx: AuthContext): void {
    requireCan(ctx, Action.MONITORING_ENTER);
  }

  /** The period and the input keys the file will fill; refuses a system without 双公示 monitoring inputs. */
  async plan(ctx: AuthContext, periodId: string): Promise<ImportPlan> {
    this.assertCanImport(ctx);
    const manager = this.dataSource.manager;
    const period = await manager.findOneBy(Period, { id: periodId });
    if (!period) throw AppError.notFound('期次');
    const cycle = await manager.findOneByOrFail(AssessmentCycle, { id: period.cycleId });
    const version = await manager.findOneByOrFail(IndicatorSystemVersion, { systemKey: cycle.systemKey, systemVersion: cycle.systemVersion });
    const tasks = await manager.find(TaskDefinition, { where: { cycleId: cycle.id }, select: { id: true, inputs: true } });
    const taskKeys = new Set(tasks.flatMap((t) => t.inputs.map((i) => i.key)));
    // the same rule as MonitoringService: monitoring data is what no unit reports through a task
    const targets = dualPublicityTargets(parseSystem(version.definition), (key, source) => source !== 'UNIT_REPORT' || !taskKeys.has(key));
    if (targets.length === 0) {
      const missing = Object.values(FIGURE_LABELS);
      throw new AppError(
        ErrorCode.INVALID_STATE,
        `考核周期“${cycle.name}”的指标体系（${cycle.systemKey} 第${cycle.systemVersion}版）没有可由“双公示”记录计算的监测填报项：需要名称含“双公示”、由信用办录入的比率填报项，如${missing.join('、')}`,
        { reason: 'NO_DUAL_PUBLICITY_INPUTS', systemKey: cycle.systemKey, systemVersion: cycle.systemVersion, missing },
      );
    }
    return { period, targets };
  }

  async importFile(ctx: AuditContext, plan: ImportPlan, file: ReceivedFile): Promise<DualPublicityImportResult> {
    const user = requireCan(ctx, Action.MONITORING_ENTER);
    const format = formatOf(file.head, file.fileName);
    const periodId = plan.period.id;
    const keys = plan.targets.map((t) => t.key);
    const base = { periodId, fileName: file.fileName, sha256: file.sha256, format, keys };

    const previous = await this.previousImport(this.dataSource.manager, periodId, file.sha256, keys);
    if (previous) return { ...previous, ...base, alreadyImported: true, errors: [], errorCount: 0 };

    const units = await this.dataSource.getRepository(Unit).find({ where: { archivedAt: IsNull() }, select: { id: true, code: true } });
    const unitIndex = new Map(units.map((u, i) => [u.code, i]));
    const { tally, encoding } = await tallyFile(file, format, unitIndex);
    const counted = { ...base, encoding, rows: tally.rows, units: 0, created: 0, updated: 0, unchanged: 0, notInFile: 0 };
    if (tally.errorCount > 0) return { ...counted, alreadyImported: false, errors: tally.errors, errorCount: tally.errorCount };

    const byUnitId = new Map<string, UnitCounts>();
    for (const [index, counts] of tally.counts()) byUnitId.set(units[index]!.id, counts);

    const result = await this.dataSource.transaction(async (manager) => {
      await this.lockPeriod(manager, periodId);
      // a concurrent upload of the same file may have committed while this one was parsing
      const again = await this.previousImport(manager, periodId, file.sha256, keys);
      if (again) return { ...again, ...base, alreadyImported: true, errors: [], errorCount: 0 };

      const existing = new Map((await manager.find(MonitoringEntry, { where: { periodId } })).map((e) => [e.unitId, e]));
      // units with figures (an earlier file, a hand entry) but no records in this file keep them: a
      // partial file must not wipe other units' data; the answer counts them so the office can see it
      let notInFile = 0;
      for (const [unitId, entry] of existing) {
        if (!byUnitId.has(unitId) && keys.some((k) => k in entry.values)) notInFile++;
      }
      const now = new Date();
      const inserts: Array<Partial<MonitoringEntry>> = [];
      let updated = 0;
      let unchanged = 0;
      for (const [unitId, counts] of byUnitId) {
        const values = valuesFor(plan.targets, counts);
        const before = existing.get(unitId);
        if (!before) {
          inserts.push({ id: randomUUID(), createdAt: now, updatedAt: now, version: 1, cycleId: plan.period.cycleId, periodId, unitId, values, enteredBy: user.id });
        } else if (sameValues(before.values, values)) {
          unchanged++;
        } else {
          await updateWithVersion(manager, MonitoringEntry, before.id, before.version, { values: { ...before.values, ...values }, enteredBy: user.id });
          updated++;
        }
      }
      for (let i = 0; i < inserts.length; i += INSERT_CHUNK) {
        await manager.createQueryBuilder().insert().into(MonitoringEntry).values(inserts.slice(i, i + INSERT_CHUNK)).updateEntity(false).execute();
      }
      const summary = { ...counted, units: byUnitId.size, created: inserts.length, updated, unchanged, notInFile };
      await this.audit.record(manager, ctx, {
        entity: AUDIT_ENTITY,
        entityId: periodId,
        action: 'IMPORT',
        after: { ...summary, targets: plan.targets },
      });
      return { ...summary, alreadyImported: false, errors: [], errorCount: 0 };
    });
    if (!result.alreadyImported && result.created + result.updated > 0) await this.recompute.onSubmissionChanged(periodId);
    return result;
  }

  /** Serialises imports of one period on MariaDB/MySQL (SQLite runs one writer at a time anyway). */
  private async lockPeriod(manager: EntityManager, periodId: string): Promise<void> {
    if (manager.connection.options.type === 'better-sqlite3') return;
    await manager.getRepository(Period).createQueryBuilder('p').setLock('pessimistic_write').where('p.id = :periodId', { periodId }).getOne();
  }

  /**
   * The counts of the period's last import when it was this file into these keys and no monitoring
   * value of the period changed since (a later hand entry makes the same file worth importing again).
   */
  private async previousImport(manager: EntityManager, periodId: string, sha256: string, keys: string[]) {
    const last = await manager.findOne(AuditLog, { where: { entity: AUDIT_ENTITY, entityId: periodId }, order: { createdAt: 'DESC' } });
    const after = last?.after as (Omit<DualPublicityImportResult, 'alreadyImported' | 'errors' | 'errorCount'> & { targets: FigureTarget[] }) | undefined;
    if (!last || !after || after.sha256 !== sha256 || JSON.stringify(after.keys) !== JSON.stringify(keys)) return null;
    const changedSince = await manager
      .getRepository(MonitoringEntry)
      .createQueryBuilder('m')
      .where('m.periodId = :periodId AND m.updatedAt > :at', { periodId, at: last.createdAt })
      .getCount();
    if (changedSince > 0) return null;
    const { rows, units, encoding, notInFile } = after;
    return { encoding, rows, units, created: 0, updated: 0, unchanged: units, notInFile: notInFile ?? 0 };
  }
}
