import { graphql } from '../../../../generated';

export const START_EXPORT = graphql(`
  mutation StartExport($input: StartExportInput!) {
    startExport(input: $input) {
      ...ExportJobFields
    }
  }
`);
