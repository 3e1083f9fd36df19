import { graphql } from '../../../../generated';

export const DUE_DATE_PREVIEW = graphql(`
  query DueDatePreview($rule: JSON!, $year: Int!) {
    dueDatePreview(rule: $rule, year: $year) {
      index
      label
      periodKind
      dueDate
    }
  }
`);
