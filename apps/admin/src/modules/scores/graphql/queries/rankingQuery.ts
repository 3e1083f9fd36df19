import { graphql } from '../../../../generated';

/** One page of a ranking, sorted, filtered and paged by the API (a ranking may hold thousands of units). */
export const RANKING = graphql(`
  query Ranking(
    $periodId: ID!
    $unitKind: UnitKind!
    $provisional: Boolean
    $first: Int
    $offset: Int
    $sortBy: RankingSort
    $descending: Boolean
    $search: String
    $grade: ScoreGrade
  ) {
    ranking(
      periodId: $periodId
      unitKind: $unitKind
      provisional: $provisional
      first: $first
      offset: $offset
      sortBy: $sortBy
      descending: $descending
      search: $search
      grade: $grade
    ) {
      totalCount
      source
      revision
      publishedAt
      previousPeriodId
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
