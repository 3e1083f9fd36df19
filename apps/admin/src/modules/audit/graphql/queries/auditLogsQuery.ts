import { graphql } from '../../../../generated';

export const AUDIT_LOGS = graphql(`
  query AuditLogs($filter: AuditLogFilter, $first: Int, $after: String) {
    auditLogs(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        action
        entity
        entityId
        createdAt
        actorRole
        ip
        requestId
        before
        after
        actor {
          id
          username
          displayName
        }
        unit {
          id
          name
        }
      }
    }
  }
`);
