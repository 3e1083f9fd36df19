import { graphql } from '../../../../generated';

/** The period's totals and deadlines, counted by the API over every unit's dues. */
export const PERIOD_PROGRESS = graphql(`
  query PeriodProgress($periodId: ID!) {
    periodProgress(periodId: $periodId) {
      periodId
      units
      expected
      submitted
      approved
      returned
      missing
      overdue
      today
      deadlines {
        dueDate
        tasks
        open
      }
    }
  }
`);
