import { graphql } from '../../../../generated';

export const REOPEN_SUBMISSION = graphql(`
  mutation ReopenSubmission($input: SubmissionReasonInput!) {
    reopenSubmission(input: $input) {
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
