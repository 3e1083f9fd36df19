import { In, type DataSource } from 'typeorm';
import { Action, can } from '../../common/auth/permissions';
import { requireCan, type AuthContext } from '../../common/auth/guards';
import { AppError } from '../../common/errors/app-error';
import { ErrorCode } from '../../common/errors/error-codes';
import { chinaDate } from '../calendar/due-dates';
import { PeriodKindEnum } from '../cycles/cycle-enums';
import { Period } from '../cycles/period.entity';
import { Unit } from '../units/unit.entity';
import type { WarningService } from '../warnings/warning.service';
import type { Warning } from '../warnings/warning.entity';
import type { ReportContext, ScoreReportService } from '../scores/score-reports.service';
import { summariseCompletion, type CompletionSummary } from './completion';
import { loadCompletionFacts } from './completion-facts';
import type { ReportData } from './report-docx';
import { loadScoreBook, type ScoreBook } from './score-book';

export interface WarningExportRow {
  warning: Warning;
  unitCode: string;
  unitName: string;
}

/**
 * The data behind the XLSX exports and the Word report. Leadership, the credit office and the
 * evaluator read every unit (SCORE_READ); unit users are refused.
 */
export class ExportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly warningService: WarningService,
    private readonly scoreReports: ScoreReportService,
  ) {}

  /**
   * Rankings, losses, grade lists and cards of every unit kind: the latest publication, or the
   * current computation when `provisional` (roles holding SCORE_READ; NOT_PUBLISHED otherwise).
   */
  async scoreBook(ctx: ReportContext, periodId: string, provisional: boolean): Promise<{ period: Period; book: ScoreBook }> {
    const period = await this.period(ctx, periodId);
    return { period, book: await loadScoreBook(this.scoreReports, ctx, periodId, provisional) };
  }

  async period(ctx: AuthContext, periodId: string): Promise<Period> {
    requireCan(ctx, Action.SCORE_READ);
    const period = await this.dataSource.getRepository(Period).findOneBy({ id: periodId });
    if (!period) throw AppError.notFound('期次');
    return period;
  }

  /** 完成情况与及时性: per unit, per task and the late/missing detail, as of `now` (China date). */
  async completion(ctx: AuthContext, periodId: string, now = new Date()): Promise<{ period: Period; summary: CompletionSummary }> {
    const period = await this.period(ctx, periodId);
    const facts = await loadCompletionFacts(this.dataSource.manager, periodId);
    return { period, summary: summariseCompletion(facts, chinaDate(now)) };
  }

  /**
   * The Word report's data: published results, or (office only, `provisional`) the current
   * computation, marked 初步结果 in the document. NOT_PUBLISHED when nothing is published.
   */
  async report(ctx: ReportContext, periodId: string, provisional: boolean, now = new Date()): Promise<ReportData> {
    const user = requireCan(ctx, Action.SCORE_READ);
    if (provisional && !can(user, Action.SCORE_PUBLISH)) {
      throw new AppError(ErrorCode.FORBIDDEN, '只有信用办可以生成初步结果（未发布）的报告');
    }
    const { period, book } = await this.scoreBook(ctx, periodId, provisional);
    const warnings = await this.warningService.allOfPeriod(ctx, periodId);
    const facts = await loadCompletionFacts(this.dataSource.manager, periodId);
    return {
      periodLabel: period.label,
      annual: period.kind === PeriodKindEnum.YEAR,
      book,
      warnings,
      completion: summariseCompletion(facts, chinaDate(now)),
      generatedOn: chinaDate(now),
    };
  }

  async warnings(ctx: AuthContext, periodId: string): Promise<{ period: Period; rows: WarningExportRow[] }> {
    const period = await this.period(ctx, periodId);
    const warnings = await this.warningService.allOfPeriod(ctx, periodId);
    const unitIds = [...new Set(warnings.map((w) => w.unitId))];
    const units = unitIds.length > 0 ? await this.dataSource.getRepository(Unit).findBy({ id: In(unitIds) }) : [];
    const unitById = new Map(units.map((u) => [u.id, u]));
    return {
      period,
      rows: warnings.map((warning) => ({
        warning,
        unitCode: unitById.get(warning.unitId)?.code ?? '',
        unitName: unitById.get(warning.unitId)?.name ?? '',
      })),
    };
  }
}
