import { graphql } from '../../../../generated';

export const ME = graphql(`
  query Me {
    me {
      id
      username
      displayName
      role
      mustChangePassword
      unit {
        id
        code
        name
      }
    }
  }
`);
