import { graphql } from '../../../../generated';

export const PUBLISH_INDICATOR_SYSTEM = graphql(`
  mutation PublishIndicatorSystem($key: String!, $expectedVersion: Int!) {
    publishIndicatorSystem(key: $key, expectedVersion: $expectedVersion) {
      id
      systemKey
      systemVersion
      status
      publishedAt
      version
    }
  }
`);
