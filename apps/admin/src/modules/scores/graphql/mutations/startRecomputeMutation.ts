import { graphql } from '../../../../generated';

export const START_RECOMPUTE = graphql(`
  mutation StartRecompute($periodId: ID!, $idempotencyKey: String!) {
    startRecompute(periodId: $periodId, idempotencyKey: $idempotencyKey) {
      ...RecomputeJobFields
    }
  }
`);
