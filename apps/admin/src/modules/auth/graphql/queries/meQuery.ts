import { graphql } from '../../../../generated';

export const ME = graphql(`
  query Me {
    me {
      id
      username
      displayName
      role
      capabilities
      mustChangePassword
      version
      unit {
        id
        name
      }
    }
  }
`);
