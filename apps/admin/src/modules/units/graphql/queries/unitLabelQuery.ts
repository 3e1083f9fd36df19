import { graphql } from '../../../../generated';

/** Code and name of one unit: the label of a picked unit that is not on the loaded page, or a name in a table. */
export const UNIT_LABEL = graphql(`
  query UnitLabel($id: ID!) {
    unit(id: $id) {
      id
      code
      name
    }
  }
`);
