import { graphql } from '../../../generated';

/** What the console shows of a background recompute: its step and counts while it runs, the summary or the reason after. */
export const RECOMPUTE_JOB_FIELDS = graphql(`
  fragment RecomputeJobFields on RecomputeJob {
    id
    periodId
    status
    progress
    stage
    step
    processed
    total
    cards
    provisionalCards
    errorCode
    errorMessage
    finishedAt
  }
`);
