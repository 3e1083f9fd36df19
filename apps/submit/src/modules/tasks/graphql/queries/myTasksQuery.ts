import { graphql } from '../../../../generated';

export const MY_TASKS = graphql(`
  query MyTasks($periodId: ID) {
    myTasks(periodId: $periodId) {
      assignmentId
      dueDate
      daysLeft
      late
      overdue
      target
      submissionId
      submissionState
      submissionVersion
      period {
        id
        label
        kind
        index
        year
        status
      }
      task {
        id
        code
        title
        category
        target
        deadlineText
        sourceText
        dataSource
        inputs
        evidence
        exemptibleIndicators {
          code
          name
          condition
          policy
          requiresEvidence
          fieldKeys
        }
      }
    }
  }
`);
