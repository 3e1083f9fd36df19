import { graphql } from '../../../../generated';

export const SCORE_CARD = graphql(`
  query ScoreCard($periodId: ID!, $unitId: ID!, $provisional: Boolean) {
    scoreCard(periodId: $periodId, unitId: $unitId, provisional: $provisional) {
      unitId
      unitName
      periodId
      total
      maxTotal
      grade
      rank
      provisional
      revision
      source
      explanation
      card
      gradeOverride {
        grade
        manual
        reason
      }
      nodes {
        code
        name
        level
        depth
        parentCode
        points
        maxPoints
        status
        explanation
        evidence {
          id
          fileName
          url
        }
      }
    }
  }
`);
