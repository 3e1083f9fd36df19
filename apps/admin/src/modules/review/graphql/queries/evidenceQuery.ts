import { graphql } from '../../../../generated';

export const EVIDENCE = graphql(`
  query Evidence($id: ID!) {
    evidence(id: $id) {
      id
      kind
      mime
      originalName
      size
    }
  }
`);
