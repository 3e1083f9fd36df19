import { graphql } from '../../../../generated';

export const REMOVE_CALENDAR_OVERRIDE = graphql(`
  mutation RemoveCalendarOverride($date: String!) {
    removeCalendarOverride(date: $date)
  }
`);
