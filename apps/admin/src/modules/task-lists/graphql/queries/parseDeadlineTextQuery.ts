import { graphql } from '../../../../generated';

export const PARSE_DEADLINE_TEXT = graphql(`
  query ParseDeadlineText($text: String!) {
    parseDeadlineText(text: $text) {
      rule
      confidence
      error
    }
  }
`);
