import { graphql } from '../../../../generated';

export const UPDATE_WARNING_RULE = graphql(`
  mutation UpdateWarningRule($input: UpdateWarningRuleInput!) {
    updateWarningRule(input: $input) {
      id
      name
      severity
      threshold
      days
      indicatorCode
      enabled
      updatedAt
      version
    }
  }
`);
