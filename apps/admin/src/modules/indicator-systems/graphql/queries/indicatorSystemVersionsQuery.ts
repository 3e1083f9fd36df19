import { graphql } from '../../../../generated';

/** Every version of one system, newest first, definitions included: the editor diffs against the published one. */
export const INDICATOR_SYSTEM_VERSIONS = graphql(`
  query IndicatorSystemVersions($key: String!) {
    indicatorSystemVersions(key: $key) {
      id
      systemKey
      systemVersion
      name
      status
      definition
      updatedAt
      publishedAt
      version
      problems {
        severity
        code
        path
        nodeCode
        message
      }
    }
  }
`);
