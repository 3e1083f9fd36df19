import { graphql } from '../../../../generated';

export const SUBMIT_SUBMISSION = graphql(`
  mutation SubmitSubmission($input: SubmissionActionInput!) {
    submitSubmission(input: $input) {
      id
      state
      version
      late
      submittedAt
    }
  }
`);
