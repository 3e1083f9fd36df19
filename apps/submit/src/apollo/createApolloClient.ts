import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { describeError } from '@govtrust/ui';
import type { SessionEvents } from './sessionEvents';

export interface PortalClientOptions {
  events: SessionEvents;
  /** defaults to the same-origin /graphql the API serves next to the portal */
  uri?: string;
  /** tests pass a mock link instead of HTTP */
  terminatingLink?: ApolloLink;
}

/**
 * Maps every failed operation through describeError (the one code → Chinese mapping) and turns the
 * two session codes into events: UNAUTHENTICATED sends the user back to the login page,
 * PASSWORD_CHANGE_REQUIRED to the password form. Components still get the error to show inline.
 */
export function sessionErrorLink(events: SessionEvents): ApolloLink {
  return new ErrorLink(({ error, operation }) => {
    const { code } = describeError(error);
    // `Me` answering UNAUTHENTICATED just means "not signed in yet", which the login page handles
    if (code === 'UNAUTHENTICATED' && operation.operationName !== 'Me' && operation.operationName !== 'Login') {
      events.emit('UNAUTHENTICATED');
    }
    if (code === 'PASSWORD_CHANGE_REQUIRED') events.emit('PASSWORD_CHANGE_REQUIRED');
  });
}

export function createApolloClient({ events, uri = '/graphql', terminatingLink }: PortalClientOptions): ApolloClient {
  // same origin as the API: the httpOnly session cookie goes with every request, never a token in JS
  const http = terminatingLink ?? new HttpLink({ uri, credentials: 'include' });
  return new ApolloClient({
    link: ApolloLink.from([sessionErrorLink(events), http]),
    cache: new InMemoryCache({
      typePolicies: {
        // a task row is one assignment in one period; neither id alone identifies it
        MyTask: { keyFields: false },
      },
    }),
    defaultOptions: {
      watchQuery: { fetchPolicy: 'cache-and-network' },
    },
  });
}
