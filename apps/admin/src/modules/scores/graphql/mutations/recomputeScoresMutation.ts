import { graphql } from '../../../../generated';

export const RECOMPUTE_SCORES = graphql(`
  mutation RecomputeScores($periodId: ID!) {
    recomputeScores(periodId: $periodId) {
      cards
      provisional
      computationId
    }
  }
`);
