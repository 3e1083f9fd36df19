import { graphql } from '../../../../generated';

export const SUBMISSION = graphql(`
  query Submission($id: ID!) {
    submission(id: $id) {
      id
      state
      version
      values
      evidenceIds
      lastReason
      returnCount
      late
      lateDays
      submittedAt
      updatedAt
      taskId
      periodId
      task {
        id
        code
        title
        category
        inputs
      }
      period {
        id
        label
      }
      transitions {
        id
        seq
        fromState
        toState
        role
        comment
        at
      }
    }
  }
`);
