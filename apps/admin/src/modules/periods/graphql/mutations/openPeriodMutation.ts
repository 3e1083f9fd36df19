import { graphql } from '../../../../generated';

export const OPEN_PERIOD = graphql(`
  mutation OpenPeriod($id: ID!) {
    openPeriod(id: $id) {
      id
      status
      openedAt
      closedAt
      version
    }
  }
`);
