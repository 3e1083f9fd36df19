import { graphql } from '../../../../generated';

/** Every cycle with its periods: the period pickers of all pages read this one document. */
export const CYCLES = graphql(`
  query Cycles {
    cycles {
      id
      name
      year
      status
      systemKey
      systemVersion
      taskListKey
      requiresApproverSignOff
      version
      periods {
        id
        cycleId
        label
        kind
        index
        year
        status
        openedAt
        closedAt
        version
      }
    }
  }
`);
