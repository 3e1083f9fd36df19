import { graphql } from '../../../../generated';

/** The fields the API accepts as monitoring data in a cycle (the same list enterMonitoringValues validates against). */
export const MONITORING_FIELDS = graphql(`
  query MonitoringFields($cycleId: ID!) {
    monitoringFields(cycleId: $cycleId)
  }
`);
