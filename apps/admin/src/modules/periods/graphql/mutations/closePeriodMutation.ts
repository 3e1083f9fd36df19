import { graphql } from '../../../../generated';

export const CLOSE_PERIOD = graphql(`
  mutation ClosePeriod($id: ID!) {
    closePeriod(id: $id) {
      id
      status
      openedAt
      closedAt
      version
    }
  }
`);
