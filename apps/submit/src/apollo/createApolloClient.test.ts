import { ApolloLink, Observable } from '@apollo/client';
import { MeDocument, MyTasksDocument } from '../generated/graphql';
import { createApolloClient } from './createApolloClient';
import { createSessionEvents, type SessionEvent } from './sessionEvents';

/** A server that answers every operation with one GraphQL error of `code`. */
function failingWith(code: string): ApolloLink {
  return new ApolloLink(
    () =>
      new Observable((observer) => {
        observer.next({ errors: [{ message: 'refused', extensions: { code } }] });
        observer.complete();
      }),
  );
}

function clientFailingWith(code: string) {
  const events = createSessionEvents();
  const seen: SessionEvent[] = [];
  events.subscribe((event) => seen.push(event));
  const client = createApolloClient({ events, terminatingLink: failingWith(code) });
  return { client, seen };
}

describe('the portal’s Apollo client', () => {
  it('reports an ended session once a signed-in query is refused as UNAUTHENTICATED', async () => {
    const { client, seen } = clientFailingWith('UNAUTHENTICATED');
    await expect(client.query({ query: MyTasksDocument })).rejects.toBeTruthy();
    expect(seen).toEqual(['UNAUTHENTICATED']);
  });

  it('does not call a first visit without a session "expired"', async () => {
    const { client, seen } = clientFailingWith('UNAUTHENTICATED');
    await expect(client.query({ query: MeDocument })).rejects.toBeTruthy();
    expect(seen).toEqual([]);
  });

  it('reports a required password change and leaves other errors to the page', async () => {
    const change = clientFailingWith('PASSWORD_CHANGE_REQUIRED');
    await expect(change.client.query({ query: MyTasksDocument })).rejects.toBeTruthy();
    expect(change.seen).toEqual(['PASSWORD_CHANGE_REQUIRED']);

    const forbidden = clientFailingWith('FORBIDDEN');
    await expect(forbidden.client.query({ query: MyTasksDocument })).rejects.toBeTruthy();
    expect(forbidden.seen).toEqual([]);
  });
});
