import { graphql } from '../../../../generated';

export const RESET_PASSWORD = graphql(`
  mutation ResetPassword($id: ID!, $newPassword: String!) {
    resetPassword(id: $id, newPassword: $newPassword) {
      id
      mustChangePassword
      version
    }
  }
`);
