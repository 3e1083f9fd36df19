import type { DataSource } from 'typeorm';
import { AppError } from '../../common/errors/app-error';
import { ErrorCode } from '../../common/errors/error-codes';
import type { AuditContext, AuditService } from '../audit/audit.service';
import { PeriodKindEnum } from '../cycles/cycle-enums';
import type { Period } from '../cycles/period.entity';
import { ScoreGrade } from '../scores/dto/score.types';
import { ScoreCardRecord } from '../scores/score-card-record.entity';
import { createScoreServices } from '../scores/score-services';
import type { SubmissionService } from '../submissions/submission.service';
import { seedDefaultWarningRules } from '../warnings/demo-warning-rules';
import { StoredScoreSource } from '../warnings/score-source';
import { WarningService } from '../warnings/warning.service';

const KIND_ORDER: Record<string, number> = { MONTH: 0, QUARTER: 1, CUMULATIVE: 2, YEAR: 3 };

const OVERRIDE_REASON =
  '本季度被国家抽查发现“双公示”信息瞒报，经市社会信用体系建设领导小组办公室研究，等级直接调整为黄名单';

/**
 * Scores every started period (months first, then the quarters and the year that roll them up),
 * adjusts the grade of the latest closed quarter's last-ranked department with a reason, publishes
 * the closed quarters and evaluates the warnings (deadlines and scores) of the open periods.
 * Returns the published labels.
 */
export async function scoreDemoYear(
  dataSource: DataSource,
  audit: AuditService,
  ctx: AuditContext,
  submissions: SubmissionService,
  input: { periods: readonly Period[]; closed: readonly Period[]; now: Date },
): Promise<string[]> {
  const { scores } = createScoreServices(dataSource, audit, submissions);
  // warnings are evaluated once at the end, for the open periods only: the closed ones were dealt
  // with when they were current
  const warnings = new WarningService(dataSource, audit);
  warnings.setScoreSource(new StoredScoreSource(dataSource));
  await seedDefaultWarningRules(dataSource);

  const ordered = [...input.periods].sort(
    (a, b) => KIND_ORDER[a.kind]! - KIND_ORDER[b.kind]! || a.index - b.index,
  );
  for (const period of ordered) await scores.recomputePeriod(null, period.id);

  const quarters = input.closed
    .filter((p) => p.kind === PeriodKindEnum.QUARTER)
    .sort((a, b) => a.index - b.index);
  const latest = quarters.at(-1);
  if (latest) {
    const cards = await dataSource
      .getRepository(ScoreCardRecord)
      .findBy({ periodId: latest.id, current: true });
    const last = [...cards].sort((a, b) => (b.rank ?? 0) - (a.rank ?? 0))[0];
    if (last) await scores.overrideGrade(ctx, latest.id, last.unitId, ScoreGrade.YELLOW, OVERRIDE_REASON);
  }
  const published: string[] = [];
  for (const quarter of quarters) {
    try {
      await scores.publishPeriodResults(ctx, quarter.id);
    } catch (error) {
      if (!(error instanceof AppError) || error.code !== ErrorCode.PROVISIONAL_RESULTS) throw error;
      await scores.publishPeriodResults(ctx, quarter.id, true, '季度已关闭，个别单位数据待补正，先行发布');
    }
    published.push(quarter.label);
  }
  for (const period of input.periods.filter((p) => !input.closed.includes(p))) {
    await warnings.evaluatePeriod(period.id, input.now);
  }
  return published;
}
