import { graphql } from '../../../../generated';

export const MY_SCORE_CARD = graphql(`
  query MyScoreCard($periodId: ID!) {
    myScoreCard(periodId: $periodId) {
      periodId
      total
      maxTotal
      grade
      rank
      revision
      provisional
      card
      gradeOverride {
        grade
        manual
        reason
      }
    }
  }
`);
