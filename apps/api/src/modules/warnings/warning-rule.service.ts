import { IsNull, type DataSource } from 'typeorm';
import { Action } from '../../common/auth/permissions';
import { requireAnyOf, requireCan, type AuthContext } from '../../common/auth/guards';
import { AppError, type FieldProblem } from '../../common/errors/app-error';
import { updateWithVersion } from '../../database/update-with-version';
import type { AuditContext, AuditService } from '../audit/audit.service';
import { AssessmentCycle } from '../cycles/assessment-cycle.entity';
import type { CreateWarningRuleInput, UpdateWarningRuleInput } from './dto/warning.inputs';
import { WarningKind, WarningSeverity, WarningStatus } from './warning-enums';
import { WarningRule } from './warning-rule.entity';
import { Warning } from './warning.entity';

type RuleShape = Pick<WarningRule, 'kind' | 'threshold' | 'days' | 'indicatorCode'>;

/** The parameter each kind needs, checked on create and after every update. */
export function ruleProblems(rule: RuleShape): FieldProblem[] {
  switch (rule.kind) {
    case WarningKind.TOTAL_BELOW:
    case WarningKind.DROP_MORE_THAN:
      return rule.threshold === null ? [{ field: 'threshold', message: '请填写分数阈值' }] : [];
    case WarningKind.DEADLINE_WITHIN:
    case WarningKind.RETURNED_NOT_RESUBMITTED:
      return rule.days === null ? [{ field: 'days', message: '请填写天数' }] : [];
    case WarningKind.DEADLINE_MISSED:
    case WarningKind.INDICATOR_AT_ZERO:
      return [];
  }
}

/** The rules the demo and a fresh installation start with (global, all enabled). */
export const defaultWarningRules: ReadonlyArray<RuleShape & { name: string; severity: WarningSeverity }> = [
  { name: '逾期未报送', kind: WarningKind.DEADLINE_MISSED, threshold: null, days: null, indicatorCode: null, severity: WarningSeverity.HIGH },
  { name: '3天内到期未报送', kind: WarningKind.DEADLINE_WITHIN, threshold: null, days: 3, indicatorCode: null, severity: WarningSeverity.LOW },
  { name: '退回5天未重新报送', kind: WarningKind.RETURNED_NOT_RESUBMITTED, threshold: null, days: 5, indicatorCode: null, severity: WarningSeverity.MEDIUM },
  { name: '总分低于60分', kind: WarningKind.TOTAL_BELOW, threshold: '60', days: null, indicatorCode: null, severity: WarningSeverity.HIGH },
  { name: '指标得零分', kind: WarningKind.INDICATOR_AT_ZERO, threshold: null, days: null, indicatorCode: null, severity: WarningSeverity.MEDIUM },
  { name: '较上期下降超过10分', kind: WarningKind.DROP_MORE_THAN, threshold: '10', days: null, indicatorCode: null, severity: WarningSeverity.MEDIUM },
];

/** 预警规则的维护（信用办）: every change is audited and version-checked. */
export class WarningRuleService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** Rules of one cycle plus the global ones (all rules when no cycle is given). */
  async list(ctx: AuthContext, cycleId?: string | null): Promise<WarningRule[]> {
    requireAnyOf(ctx, [Action.CONFIG_MANAGE, Action.SCORE_READ]);
    const repo = this.dataSource.getRepository(WarningRule);
    const rows = cycleId ? await repo.find({ where: [{ cycleId }, { cycleId: IsNull() }] }) : await repo.find();
    return rows.sort((a, b) => a.kind.localeCompare(b.kind) || a.name.localeCompare(b.name));
  }

  async create(ctx: AuditContext, input: CreateWarningRuleInput): Promise<WarningRule> {
    requireCan(ctx, Action.CONFIG_MANAGE);
    const shape: RuleShape = {
      kind: input.kind,
      threshold: input.threshold ?? null,
      days: input.days ?? null,
      indicatorCode: input.indicatorCode?.trim() || null,
    };
    const problems = ruleProblems(shape);
    if (problems.length > 0) throw AppError.validation(problems);
    return this.dataSource.transaction(async (manager) => {
      if (input.cycleId && !(await manager.existsBy(AssessmentCycle, { id: input.cycleId }))) {
        throw AppError.validation([{ field: 'cycleId', message: '考核周期不存在' }]);
      }
      const rule = await manager.save(
        WarningRule,
        manager.create(WarningRule, {
          ...shape,
          cycleId: input.cycleId ?? null,
          name: input.name.trim(),
          enabled: input.enabled ?? true,
          severity: input.severity ?? WarningSeverity.MEDIUM,
        }),
      );
      await this.audit.record(manager, ctx, { entity: 'WarningRule', entityId: rule.id, action: 'CREATE', after: rule });
      return rule;
    });
  }

  async update(ctx: AuditContext, input: UpdateWarningRuleInput): Promise<WarningRule> {
    requireCan(ctx, Action.CONFIG_MANAGE);
    return this.dataSource.transaction(async (manager) => {
      const before = await manager.findOneBy(WarningRule, { id: input.id });
      if (!before) throw AppError.notFound('预警规则');
      const patch = {
        name: input.name?.trim() ?? before.name,
        threshold: input.threshold !== undefined && input.threshold !== null ? input.threshold : before.threshold,
        days: input.days ?? before.days,
        indicatorCode:
          input.indicatorCode === undefined || input.indicatorCode === null
            ? before.indicatorCode
            : input.indicatorCode.trim() || null,
        enabled: input.enabled ?? before.enabled,
        severity: input.severity ?? before.severity,
      };
      const problems = ruleProblems({ ...patch, kind: before.kind });
      if (problems.length > 0) throw AppError.validation(problems);
      await updateWithVersion(manager, WarningRule, input.id, input.version, patch);
      const after = await manager.findOneByOrFail(WarningRule, { id: input.id });
      await this.audit.record(manager, ctx, { entity: 'WarningRule', entityId: after.id, action: 'UPDATE', before, after });
      return after;
    });
  }

  /** Removes the rule; its warnings that are still open are resolved, the history stays. */
  async remove(ctx: AuditContext, id: string, version: number): Promise<boolean> {
    requireCan(ctx, Action.CONFIG_MANAGE);
    return this.dataSource.transaction(async (manager) => {
      const before = await manager.findOneBy(WarningRule, { id });
      if (!before) throw AppError.notFound('预警规则');
      // the versioned touch first, so a stale delete gets CONFLICT like a stale update
      await updateWithVersion(manager, WarningRule, id, version, { enabled: false });
      const now = new Date();
      await manager
        .createQueryBuilder()
        .update(Warning)
        .set({ status: WarningStatus.RESOLVED, resolvedAt: now, updatedAt: now, version: () => 'version + 1' })
        .where('ruleId = :id AND status <> :resolved', { id, resolved: WarningStatus.RESOLVED })
        .execute();
      await manager.delete(WarningRule, { id });
      await this.audit.record(manager, ctx, { entity: 'WarningRule', entityId: id, action: 'DELETE', before });
      return true;
    });
  }
}
