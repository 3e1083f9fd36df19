import { graphql } from '../../../../generated';

export const APPROVE_SUBMISSION = graphql(`
  mutation ApproveSubmission($input: SubmissionActionInput!) {
    approveSubmission(input: $input) {
      id
      state
      version
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
      transitions {
        id
        seq
        fromState
        toState
        at
        comment
        role
        fieldNotes {
          key
          note
        }
      }
    }
  }
`);
