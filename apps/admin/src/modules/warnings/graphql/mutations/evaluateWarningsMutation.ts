import { graphql } from '../../../../generated';

export const EVALUATE_WARNINGS = graphql(`
  mutation EvaluateWarnings($periodId: ID!) {
    evaluateWarnings(periodId: $periodId) {
      opened
      kept
      resolved
      scoresEvaluated
    }
  }
`);
