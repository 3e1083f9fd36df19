import { graphql } from '../../../../generated';

export const IMPORT_INDICATOR_SYSTEM_PRESET = graphql(`
  mutation ImportIndicatorSystemPreset($presetId: String!) {
    importIndicatorSystemPreset(presetId: $presetId) {
      id
      systemKey
      systemVersion
      status
      version
    }
  }
`);
