import { graphql } from '../../../../generated';

export const DELETE_WARNING_RULE = graphql(`
  mutation DeleteWarningRule($id: ID!, $version: Int!) {
    deleteWarningRule(id: $id, version: $version)
  }
`);
