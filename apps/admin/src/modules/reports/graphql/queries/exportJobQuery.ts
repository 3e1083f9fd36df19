import { graphql } from '../../../../generated';

export const EXPORT_JOB = graphql(`
  query ExportJob($id: ID!) {
    exportJob(id: $id) {
      ...ExportJobFields
    }
  }
`);
