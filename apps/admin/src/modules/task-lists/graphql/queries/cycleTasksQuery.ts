import { graphql } from '../../../../generated';

export const CYCLE_TASKS = graphql(`
  query CycleTasks($cycleId: ID!) {
    cycleTasks(cycleId: $cycleId) {
      id
      code
      title
      category
      target
      deadline
      deadlineText
      evidence
      version
    }
  }
`);
