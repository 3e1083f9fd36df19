import { graphql } from '../../../../generated';

export const SET_CALENDAR_OVERRIDE = graphql(`
  mutation SetCalendarOverride($input: CalendarOverrideInput!) {
    setCalendarOverride(input: $input) {
      id
      date
      isWorkday
      reason
      updatedAt
    }
  }
`);
