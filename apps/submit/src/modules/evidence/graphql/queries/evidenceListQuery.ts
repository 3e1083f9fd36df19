import { graphql } from '../../../../generated';

/** The unit's own evidence files (the API keeps unit users to their unit), to name a draft's files. */
export const EVIDENCE_LIST = graphql(`
  query EvidenceList($first: Int) {
    evidenceList(first: $first) {
      nodes {
        id
        originalName
        size
        kind
        downloadUrl
      }
    }
  }
`);
