import { graphql } from '../../../../generated';

/** Grade and score distribution of one kind's results, counted by the API over all of them. */
export const RANKING_STATISTICS = graphql(`
  query RankingStatistics($periodId: ID!, $unitKind: UnitKind!, $provisional: Boolean) {
    rankingStatistics(periodId: $periodId, unitKind: $unitKind, provisional: $provisional) {
      source
      units
      provisional
      ungraded
      grades {
        grade
        count
      }
      bands {
        fromPercent
        toPercent
        count
      }
    }
  }
`);
