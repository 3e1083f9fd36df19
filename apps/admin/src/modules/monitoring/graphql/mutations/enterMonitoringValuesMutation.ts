import { graphql } from '../../../../generated';

export const ENTER_MONITORING_VALUES = graphql(`
  mutation EnterMonitoringValues($input: EnterMonitoringValuesInput!) {
    enterMonitoringValues(input: $input) {
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
