import { graphql } from '../../../../generated';

/** The cycles and their periods, to pick which published result to read. */
export const SCORE_PERIODS = graphql(`
  query ScorePeriods {
    cycles {
      id
      name
      year
      periods {
        id
        label
        kind
        index
        status
      }
    }
  }
`);
