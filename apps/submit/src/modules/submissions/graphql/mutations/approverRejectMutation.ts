import { graphql } from '../../../../generated';

export const APPROVER_REJECT = graphql(`
  mutation ApproverReject($input: SubmissionReasonInput!) {
    approverReject(input: $input) {
      id
      state
      version
      lastReason
      lastFieldNotes {
        key
        note
      }
    }
  }
`);
