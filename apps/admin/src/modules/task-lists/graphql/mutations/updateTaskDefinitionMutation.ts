import { graphql } from '../../../../generated';

export const UPDATE_TASK_DEFINITION = graphql(`
  mutation UpdateTaskDefinition($input: UpdateTaskDefinitionInput!) {
    updateTaskDefinition(input: $input) {
      id
      title
      target
      deadline
      deadlineText
      evidence
      version
    }
  }
`);
