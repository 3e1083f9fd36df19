import { graphql } from '../../../../generated';

export const DEACTIVATE_ACCOUNT = graphql(`
  mutation DeactivateAccount($id: ID!, $version: Int!) {
    deactivateAccount(id: $id, version: $version) {
      id
      active
      version
    }
  }
`);
