import { graphql } from '../../../../generated';

export const MONITORING_ENTRY = graphql(`
  query MonitoringEntry($periodId: ID!, $unitId: ID!) {
    monitoringEntry(periodId: $periodId, unitId: $unitId) {
      id
      periodId
      unitId
      values
      enteredBy
      updatedAt
      version
    }
  }
`);
