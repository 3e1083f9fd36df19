import { graphql } from '../../../generated';

/** What the reports page shows of an export job: its progress and, once done, where to download. */
export const EXPORT_JOB_FIELDS = graphql(`
  fragment ExportJobFields on ExportJob {
    id
    kind
    periodId
    provisional
    status
    progress
    stage
    fileName
    downloadUrl
    errorCode
    errorMessage
    createdAt
    finishedAt
  }
`);
