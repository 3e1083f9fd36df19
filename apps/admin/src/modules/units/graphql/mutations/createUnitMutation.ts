import { graphql } from '../../../../generated';

export const CREATE_UNIT = graphql(`
  mutation CreateUnit($input: CreateUnitInput!) {
    createUnit(input: $input) {
      id
      code
      name
      version
    }
  }
`);
