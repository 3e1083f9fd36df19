import { graphql } from '../../../../generated';

export const LOGIN = graphql(`
  mutation Login($username: String!, $password: String!) {
    login(username: $username, password: $password) {
      expiresAt
      account {
        id
        role
        mustChangePassword
      }
    }
  }
`);
