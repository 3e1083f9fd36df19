import { graphql } from '../../../../generated';

/** Submissions of one period by state, plus the late ones: only totals, one round trip. */
export const PERIOD_COUNTS = graphql(`
  query PeriodCounts($periodId: ID!) {
    all: submissions(filter: { periodId: $periodId }, first: 1) {
      totalCount
    }
    pendingApproval: submissions(filter: { periodId: $periodId, state: PENDING_APPROVAL }, first: 1) {
      totalCount
    }
    submitted: submissions(filter: { periodId: $periodId, state: SUBMITTED }, first: 1) {
      totalCount
    }
    resubmitted: submissions(filter: { periodId: $periodId, state: RESUBMITTED }, first: 1) {
      totalCount
    }
    returned: submissions(filter: { periodId: $periodId, state: RETURNED }, first: 1) {
      totalCount
    }
    approved: submissions(filter: { periodId: $periodId, state: APPROVED }, first: 1) {
      totalCount
    }
    late: submissions(filter: { periodId: $periodId, late: true }, first: 1) {
      totalCount
    }
  }
`);
