import { graphql } from '../../../../generated';

export const APPROVER_SIGN_OFF = graphql(`
  mutation ApproverSignOff($input: SubmissionActionInput!) {
    approverSignOff(input: $input) {
      id
      state
      version
    }
  }
`);
