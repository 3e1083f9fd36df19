import { graphql } from '../../../../generated';

export const RANKING = graphql(`
  query Ranking($periodId: ID!, $unitKind: UnitKind!, $provisional: Boolean, $first: Int, $after: String) {
    ranking(periodId: $periodId, unitKind: $unitKind, provisional: $provisional, first: $first, after: $after) {
      totalCount
      source
      revision
      publishedAt
      previousPeriodId
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        unitId
        unitName
        rank
        total
        maxTotal
        grade
        provisional
        previousRank
        previousTotal
        rankChange
        pointsChange
        gradeOverride {
          grade
          manual
          reason
        }
      }
    }
  }
`);
