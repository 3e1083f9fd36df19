import { graphql } from '../../../../generated';

/** Each stored system's newest version, for the list page. */
export const INDICATOR_SYSTEMS = graphql(`
  query IndicatorSystems {
    indicatorSystems {
      id
      systemKey
      systemVersion
      name
      status
      periodKind
      unitKinds
      updatedAt
      publishedAt
      version
    }
  }
`);
