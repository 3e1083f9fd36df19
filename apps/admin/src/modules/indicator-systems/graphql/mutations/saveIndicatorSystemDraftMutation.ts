import { graphql } from '../../../../generated';

export const SAVE_INDICATOR_SYSTEM_DRAFT = graphql(`
  mutation SaveIndicatorSystemDraft($key: String!, $definition: JSON!, $expectedVersion: Int) {
    saveIndicatorSystemDraft(key: $key, definition: $definition, expectedVersion: $expectedVersion) {
      id
      systemKey
      systemVersion
      status
      definition
      updatedAt
      version
    }
  }
`);
