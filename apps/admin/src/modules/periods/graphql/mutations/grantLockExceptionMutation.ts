import { graphql } from '../../../../generated';

export const GRANT_LOCK_EXCEPTION = graphql(`
  mutation GrantLockException($input: GrantLockExceptionInput!) {
    grantLockException(input: $input) {
      id
      periodId
      unitId
      reason
      expiresAt
      revokedAt
      version
    }
  }
`);
