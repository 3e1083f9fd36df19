import { graphql } from '../../../../generated';

export const RETURN_SUBMISSION = graphql(`
  mutation ReturnSubmission($input: SubmissionReasonInput!) {
    returnSubmission(input: $input) {
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
