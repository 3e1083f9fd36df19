import { graphql } from '../../../../generated';

export const MY_EXPORT_JOBS = graphql(`
  query MyExportJobs($first: Int!) {
    myExportJobs(first: $first) {
      ...ExportJobFields
    }
  }
`);
