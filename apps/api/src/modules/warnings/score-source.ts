import type { ScoreCard } from '@govtrust/indicators';
import type { DataSource } from 'typeorm';
import { Period } from '../cycles/period.entity';
import { previousPeriodOf } from '../scores/cycle-history';
import { ScoreCardRecord } from '../scores/score-card-record.entity';
import type { ScoringService } from '../scores/scores.service';
import type { WarningScoreSource, WarningService } from './warning.service';

/** The current (latest computed) cards of a period, read from the scores module's table. */
export class StoredScoreSource implements WarningScoreSource {
  constructor(private readonly dataSource: DataSource) {}

  async cards(periodId: string): Promise<ScoreCard[] | null> {
    const rows = await this.dataSource.getRepository(ScoreCardRecord).findBy({ periodId, current: true });
    return rows.length === 0 ? null : rows.map((r) => r.card);
  }

  /**
   * The period just before, of the same kind (as the ranking's change column: in the same cycle, else
   * the last one of the system's previous cycle), when it has cards.
   */
  async previous(periodId: string): Promise<{ label: string; cards: ScoreCard[] } | null> {
    const repo = this.dataSource.getRepository(Period);
    const period = await repo.findOneBy({ id: periodId });
    if (!period) return null;
    const cyclePeriods = await repo.findBy({ cycleId: period.cycleId, kind: period.kind });
    const before = await previousPeriodOf(this.dataSource.manager, period, cyclePeriods);
    const cards = before ? await this.cards(before.id) : null;
    return before && cards ? { label: before.label, cards } : null;
  }
}

/** Score rules run on every recompute (the scoring service's listener) and in each evaluation. */
export function connectWarningsToScores(
  warnings: WarningService,
  scores: Pick<ScoringService, 'onRecomputed'>,
  dataSource: DataSource,
  log: (message: string, error: unknown) => void = (message, error) => console.error(message, error),
): void {
  warnings.setScoreSource(new StoredScoreSource(dataSource));
  // the new cards are stored already: a failed warning evaluation is logged, never undoes a recompute
  scores.onRecomputed.push(async (periodId, records) => {
    try {
      await warnings.evaluateScores(
        periodId,
        records.map((r) => r.card),
      );
    } catch (error) {
      log('预警评估失败（计分后）', error);
    }
  });
}
