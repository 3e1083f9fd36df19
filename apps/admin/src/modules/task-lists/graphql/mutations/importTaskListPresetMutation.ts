import { graphql } from '../../../../generated';

export const IMPORT_TASK_LIST_PRESET = graphql(`
  mutation ImportTaskListPreset($cycleId: ID!, $presetId: String!) {
    importTaskListPreset(cycleId: $cycleId, presetId: $presetId) {
      tasks
      assignments
      dues
    }
  }
`);
