import { graphql } from '../../../../generated';

export const UPDATE_UNIT = graphql(`
  mutation UpdateUnit($input: UpdateUnitInput!) {
    updateUnit(input: $input) {
      id
      code
      name
      kind
      classes
      uscc
      parentId
      version
      contacts {
        name
        phone
        role
      }
    }
  }
`);
