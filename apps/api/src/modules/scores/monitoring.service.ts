import { parseSystem, validateValues, walkNodes, type InputField, type InputValues } from '@govtrust/indicators';
import type { DataSource, EntityManager } from 'typeorm';
import { Action } from '../../common/auth/permissions';
import { requireCan, type AuthContext } from '../../common/auth/guards';
import { AppError, type FieldProblem } from '../../common/errors/app-error';
import { ErrorCode } from '../../common/errors/error-codes';
import { updateWithVersion } from '../../database/update-with-version';
import type { AuditContext, AuditService } from '../audit/audit.service';
import { AssessmentCycle } from '../cycles/assessment-cycle.entity';
import { Period } from '../cycles/period.entity';
import { IndicatorSystemVersion } from '../indicator-systems/indicator-system-version.entity';
import { TaskDefinition } from '../task-lists/task-definition.entity';
import { Unit } from '../units/unit.entity';
import { MonitoringEntry } from './monitoring-entry.entity';
import type { ScoringService } from './scores.service';

/**
 * Monitoring data (监测数据): values of indicators whose data source is not the unit (平台统计、
 * 大数据监测、月调度系统、其他部门), plus any input no task of the cycle collects, entered by the
 * credit office or the evaluator per unit and period. Validated with the engine's validateValues,
 * version-checked, audited, and followed by a recompute of the period and the periods around it.
 */
export class MonitoringService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly scores: ScoringService,
  ) {}

  async entry(ctx: AuthContext, periodId: string, unitId: string): Promise<MonitoringEntry | null> {
    requireCan(ctx, Action.SUBMISSION_READ_ALL);
    return this.dataSource.getRepository(MonitoringEntry).findOneBy({ periodId, unitId });
  }

  /** The input fields that may be entered as monitoring data in a cycle. */
  async fields(ctx: AuthContext, cycleId: string): Promise<InputField[]> {
    requireCan(ctx, Action.MONITORING_ENTER);
    const cycle = await this.dataSource.getRepository(AssessmentCycle).findOneBy({ id: cycleId });
    if (!cycle) throw AppError.notFound('考核周期');
    return this.enterableFields(this.dataSource.manager, cycle);
  }

  /** Merges `values` into the unit's entry for the period; a null value removes the key. */
  async enter(
    ctx: AuditContext,
    periodId: string,
    unitId: string,
    values: Record<string, unknown>,
    expectedVersion?: number | null,
  ): Promise<MonitoringEntry> {
    const user = requireCan(ctx, Action.MONITORING_ENTER);
    if (!values || typeof values !== 'object' || Array.isArray(values)) {
      throw AppError.validation([{ field: 'values', message: '监测值应为按填报项 key 的对象' }]);
    }
    const entry = await this.dataSource.transaction(async (manager) => {
      const period = await manager.findOneBy(Period, { id: periodId });
      if (!period) throw AppError.notFound('期次');
      if (!(await manager.existsBy(Unit, { id: unitId }))) throw AppError.notFound('单位');
      const cycle = await manager.findOneByOrFail(AssessmentCycle, { id: period.cycleId });
      const fields = new Map((await this.enterableFields(manager, cycle)).map((f) => [f.key, f]));
      const problems: FieldProblem[] = Object.keys(values)
        .filter((key) => !fields.has(key))
        .map((key) => ({ field: key, code: 'UNKNOWN_FIELD', message: `“${key}”不是该指标体系可录入的监测项（单位填报的指标请通过任务填报）` }));
      const given = Object.entries(values).filter(([key, v]) => fields.has(key) && v !== null);
      problems.push(
        ...validateValues(
          given.map(([key]) => fields.get(key)!),
          Object.fromEntries(given) as InputValues,
        ).map((p) => ({ field: p.field, code: p.code, message: p.message })),
      );
      if (problems.length > 0) throw AppError.validation(problems);

      const before = await manager.findOneBy(MonitoringEntry, { periodId, unitId });
      const merged = { ...(before?.values ?? {}), ...values } as InputValues;
      for (const [key, v] of Object.entries(values)) if (v === null) delete merged[key];
      if (before) {
        if (expectedVersion == null) {
          throw new AppError(ErrorCode.CONFLICT, '该单位本期已有监测数据，请带上读取时的版本号（expectedVersion）');
        }
        await updateWithVersion(manager, MonitoringEntry, before.id, expectedVersion, { values: merged, enteredBy: user.id });
      } else {
        await manager.save(
          MonitoringEntry,
          manager.create(MonitoringEntry, { cycleId: cycle.id, periodId, unitId, values: merged, enteredBy: user.id }),
        );
      }
      const after = await manager.findOneByOrFail(MonitoringEntry, { periodId, unitId });
      await this.audit.record(manager, ctx, {
        entity: 'MonitoringEntry',
        entityId: after.id,
        action: before ? 'UPDATE' : 'CREATE',
        unitId,
        before: before ? { values: before.values, version: before.version } : null,
        after: { values: after.values, version: after.version },
      });
      return after;
    });
    await this.scores.onSubmissionChanged(periodId);
    return entry;
  }

  private async enterableFields(manager: EntityManager, cycle: AssessmentCycle): Promise<InputField[]> {
    const version = await manager.findOneByOrFail(IndicatorSystemVersion, {
      systemKey: cycle.systemKey,
      systemVersion: cycle.systemVersion,
    });
    const system = parseSystem(version.definition);
    const tasks = await manager.find(TaskDefinition, { where: { cycleId: cycle.id }, select: { inputs: true, id: true } });
    const taskKeys = new Set(tasks.flatMap((t) => t.inputs.map((i) => i.key)));
    const fields: InputField[] = [];
    const sourceOf = new Map<string, string>();
    walkNodes(system, ({ node, parent }) => {
      const source = node.dataSource ?? (parent ? sourceOf.get(parent.code) : undefined) ?? 'UNIT_REPORT';
      sourceOf.set(node.code, source);
      for (const field of node.inputs ?? []) {
        if (source !== 'UNIT_REPORT' || !taskKeys.has(field.key)) fields.push(field);
      }
    });
    return fields;
  }
}
