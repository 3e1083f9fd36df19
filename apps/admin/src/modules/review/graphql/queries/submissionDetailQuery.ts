import { graphql } from '../../../../generated';

export const SUBMISSION_DETAIL = graphql(`
  query SubmissionDetail($id: ID!) {
    submission(id: $id) {
      id
      state
      version
      values
      evidenceIds
      late
      lateDays
      lateWorkingDays
      submittedAt
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
      authorRole
      unit {
        id
        code
        name
      }
      period {
        id
        label
        status
      }
      task {
        id
        code
        title
        target
        deadlineText
        inputs
        evidence
        exemptibleIndicators {
          code
          name
          condition
          policy
          requiresEvidence
          fieldKeys
        }
      }
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
