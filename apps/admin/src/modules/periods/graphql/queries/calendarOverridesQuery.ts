import { graphql } from '../../../../generated';

export const CALENDAR_OVERRIDES = graphql(`
  query CalendarOverrides($year: Int) {
    calendarOverrides(year: $year) {
      id
      date
      isWorkday
      reason
      updatedAt
    }
  }
`);
