import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, type TypePolicies } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { describeError } from '../errors';
import type { SessionEvents } from './sessionEvents';

export interface SessionClientOptions {
  events: SessionEvents;
  /** defaults to the same-origin /graphql the API serves next to both apps */
  uri?: string;
  /**
   * Operations whose UNAUTHENTICATED is not an expired session: `Login` failing is the login
   * form's business; an app that asks `Me` before anyone signs in adds `Me`.
   */
  anonymousOperations?: readonly string[];
  typePolicies?: TypePolicies;
  /** tests pass a mock link instead of HTTP */
  terminatingLink?: ApolloLink;
}

/**
 * Maps every failed operation through describeError (the one code → Chinese mapping) and turns the
 * two session codes into events; components still get the error to show inline.
 */
export function sessionErrorLink(events: SessionEvents, anonymousOperations: readonly string[] = ['Login']): ApolloLink {
  const anonymous = new Set(anonymousOperations);
  return new ErrorLink(({ error, operation }) => {
    const { code } = describeError(error);
    if (code === 'UNAUTHENTICATED' && !anonymous.has(operation.operationName ?? '')) events.emit('UNAUTHENTICATED');
    if (code === 'PASSWORD_CHANGE_REQUIRED') events.emit('PASSWORD_CHANGE_REQUIRED');
  });
}

export function createSessionClient({
  events,
  uri = '/graphql',
  anonymousOperations,
  typePolicies,
  terminatingLink,
}: SessionClientOptions): ApolloClient {
  // same origin as the API: the httpOnly session cookie goes with every request, never a token in JS
  const http = terminatingLink ?? new HttpLink({ uri, credentials: 'include' });
  return new ApolloClient({
    link: ApolloLink.from([sessionErrorLink(events, anonymousOperations), http]),
    cache: new InMemoryCache(typePolicies ? { typePolicies } : {}),
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
  });
}
