import { graphql } from '../../../../generated';

export const LOCK_EXCEPTIONS = graphql(`
  query LockExceptions($periodId: ID!) {
    lockExceptions(periodId: $periodId) {
      id
      periodId
      unitId
      reason
      expiresAt
      revokedAt
      grantedBy
      createdAt
      version
    }
  }
`);
