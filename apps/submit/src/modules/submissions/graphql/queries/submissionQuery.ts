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
      lastFieldNotes {
        key
        note
      }
      exemptionClaims {
        nodeCode
        nodeName
        explanation
        decision
        reviewNote
      }
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
        fieldNotes {
          key
          note
        }
      }
    }
  }
`);
