import type { ApolloClient, ApolloLink } from '@apollo/client';
import { createSessionClient, type SessionEvents } from '@govtrust/ui';

/**
 * The portal's client. `Me` answering UNAUTHENTICATED just means "not signed in yet", which the
 * login page handles, so only other operations report an expired session.
 */
/** `terminatingLink`: tests answer with a mock link instead of HTTP */
export function createPortalClient(events: SessionEvents, terminatingLink?: ApolloLink): ApolloClient {
  return createSessionClient({
    events,
    terminatingLink,
    anonymousOperations: ['Login', 'Me'],
    typePolicies: {
      // a task row is one assignment in one period; neither id alone identifies it
      MyTask: { keyFields: false },
    },
  });
}
