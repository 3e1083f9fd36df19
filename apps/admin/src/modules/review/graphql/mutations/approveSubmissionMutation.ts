import { graphql } from '../../../../generated';

export const APPROVE_SUBMISSION = graphql(`
  mutation ApproveSubmission($input: SubmissionActionInput!) {
    approveSubmission(input: $input) {
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
