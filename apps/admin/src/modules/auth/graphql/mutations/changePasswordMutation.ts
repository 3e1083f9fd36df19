import { graphql } from '../../../../generated';

export const CHANGE_PASSWORD = graphql(`
  mutation ChangePassword($oldPassword: String!, $newPassword: String!) {
    changePassword(oldPassword: $oldPassword, newPassword: $newPassword) {
      id
      mustChangePassword
      version
    }
  }
`);
