import { graphql } from '../../../../generated';

export const ACKNOWLEDGE_WARNING = graphql(`
  mutation AcknowledgeWarning($id: ID!, $note: String) {
    acknowledgeWarning(id: $id, note: $note) {
      id
      status
      note
      acknowledgedAt
      canAcknowledge
      version
    }
  }
`);
