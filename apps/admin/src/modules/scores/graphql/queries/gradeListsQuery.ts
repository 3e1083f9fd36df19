import { graphql } from '../../../../generated';

/** 红/蓝/黄名单 of a period: the dashboard's grade distribution and average-score trend read it. */
export const GRADE_LISTS = graphql(`
  query GradeLists($periodId: ID!, $provisional: Boolean) {
    gradeLists(periodId: $periodId, provisional: $provisional) {
      grade
      label
      units {
        unitId
        unitKind
        total
      }
    }
  }
`);
