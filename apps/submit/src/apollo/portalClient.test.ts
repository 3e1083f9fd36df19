import { ApolloLink, Observable } from '@apollo/client';
import { createSessionEvents, type SessionEvent } from '@govtrust/ui';
import { MeDocument, MyTasksDocument } from '../generated/graphql';
import { createPortalClient } from './portalClient';

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
  return { client: createPortalClient(events, failingWith(code)), seen };
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

  it('reports a required password change', async () => {
    const change = clientFailingWith('PASSWORD_CHANGE_REQUIRED');
    await expect(change.client.query({ query: MyTasksDocument })).rejects.toBeTruthy();
    expect(change.seen).toEqual(['PASSWORD_CHANGE_REQUIRED']);
  });
});
