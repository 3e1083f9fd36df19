import { graphql } from '../../../../generated';

/** Departments with their class tags: the drawer's checkboxes and the bulk-assign class picker. */
export const ASSIGNABLE_UNITS = graphql(`
  query AssignableUnits {
    units(filter: { kind: DEPARTMENT }, first: 100) {
      nodes {
        id
        code
        name
        classes
      }
    }
  }
`);
