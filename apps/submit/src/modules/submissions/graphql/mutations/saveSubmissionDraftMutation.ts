import { graphql } from '../../../../generated';

export const SAVE_SUBMISSION_DRAFT = graphql(`
  mutation SaveSubmissionDraft($input: SaveSubmissionDraftInput!) {
    saveSubmissionDraft(input: $input) {
      id
      state
      version
      values
      evidenceIds
      exemptionClaims {
        nodeCode
        nodeName
        explanation
        decision
        reviewNote
      }
    }
  }
`);
