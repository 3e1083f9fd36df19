import { graphql } from '../../../../generated';

export const CREATE_WARNING_RULE = graphql(`
  mutation CreateWarningRule($input: CreateWarningRuleInput!) {
    createWarningRule(input: $input) {
      id
      version
    }
  }
`);
