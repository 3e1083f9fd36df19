import { graphql } from '../../../../generated';

export const RECOMPUTE_JOB = graphql(`
  query RecomputeJob($id: ID!) {
    recomputeJob(id: $id) {
      ...RecomputeJobFields
    }
  }
`);
