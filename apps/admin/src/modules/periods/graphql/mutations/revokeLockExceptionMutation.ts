import { graphql } from '../../../../generated';

export const REVOKE_LOCK_EXCEPTION = graphql(`
  mutation RevokeLockException($id: ID!) {
    revokeLockException(id: $id) {
      id
      revokedAt
      version
    }
  }
`);
