import { graphql } from '../../../../generated';

export const WARNING_RULES = graphql(`
  query WarningRules($cycleId: ID) {
    warningRules(cycleId: $cycleId) {
      id
      name
      kind
      severity
      threshold
      days
      indicatorCode
      cycleId
      enabled
      updatedAt
      version
    }
  }
`);
