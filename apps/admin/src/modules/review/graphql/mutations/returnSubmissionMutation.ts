import { graphql } from '../../../../generated';

export const RETURN_SUBMISSION = graphql(`
  mutation ReturnSubmission($input: SubmissionReasonInput!) {
    returnSubmission(input: $input) {
      id
      state
      version
      lastReason
      returnCount
      transitions {
        id
        seq
        fromState
        toState
        at
        comment
        role
      }
    }
  }
`);
