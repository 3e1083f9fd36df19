import { graphql } from '../../../../generated';

export const CREATE_ACCOUNT = graphql(`
  mutation CreateAccount($input: CreateAccountInput!) {
    createAccount(input: $input) {
      id
      username
      version
    }
  }
`);
