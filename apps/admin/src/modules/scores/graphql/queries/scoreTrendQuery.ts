import { graphql } from '../../../../generated';

export const SCORE_TREND = graphql(`
  query ScoreTrend($cycleId: ID!, $unitId: ID!, $periodKind: PeriodKind!, $provisional: Boolean) {
    scoreTrend(cycleId: $cycleId, unitId: $unitId, periodKind: $periodKind, provisional: $provisional) {
      periodId
      label
      index
      total
      maxTotal
      grade
      rank
      provisional
    }
  }
`);
