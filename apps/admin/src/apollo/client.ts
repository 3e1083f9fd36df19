import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { createSessionErrorLink } from './errorLink';

/**
 * The console's client: same-origin /graphql with the session cookie (the API serves the built
 * console at /admin/, and `vite dev` proxies /graphql), errors classified by the session link.
 */
export function createApolloClient(uri = '/graphql'): ApolloClient {
  return new ApolloClient({
    link: ApolloLink.from([createSessionErrorLink(), new HttpLink({ uri, credentials: 'include' })]),
    cache: new InMemoryCache(),
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
  });
}
