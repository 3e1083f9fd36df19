import { graphql } from '../../../../generated';

export const REOPEN_SUBMISSION = graphql(`
  mutation ReopenSubmission($input: SubmissionReasonInput!) {
    reopenSubmission(input: $input) {
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
