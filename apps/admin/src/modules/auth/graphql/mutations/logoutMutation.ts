import { graphql } from '../../../../generated';

export const LOGOUT = graphql(`
  mutation Logout {
    logout
  }
`);
