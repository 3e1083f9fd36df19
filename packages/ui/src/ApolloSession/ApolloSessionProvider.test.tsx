import { ApolloLink, gql, Observable } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { render, screen } from '@testing-library/react';
import { useEffect, useState } from 'react';
import { ApolloSessionProvider, useSessionEvents } from './ApolloSessionProvider';
import { createSessionClient } from './createSessionClient';
import { createSessionEvents, type SessionEvent } from './sessionEvents';

const TASKS = gql`
  query MyTasks {
    myTasks {
      id
    }
  }
`;
const ME = gql`
  query Me {
    me {
      id
    }
  }
`;
const LOGIN = gql`
  mutation Login {
    login {
      id
    }
  }
`;

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

function clientFailingWith(code: string, anonymousOperations?: string[]) {
  const events = createSessionEvents();
  const seen: SessionEvent[] = [];
  events.subscribe((event) => seen.push(event));
  const client = createSessionClient({ events, terminatingLink: failingWith(code), anonymousOperations });
  return { client, seen, events };
}

describe('createSessionClient', () => {
  it('reports an ended session when a signed-in query is refused as UNAUTHENTICATED', async () => {
    const { client, seen } = clientFailingWith('UNAUTHENTICATED');
    await expect(client.query({ query: TASKS })).rejects.toBeTruthy();
    expect(seen).toEqual(['UNAUTHENTICATED']);
  });

  it('leaves a failed login to the login form, and the anonymous operations an app names', async () => {
    const admin = clientFailingWith('UNAUTHENTICATED');
    await expect(admin.client.mutate({ mutation: LOGIN })).rejects.toBeTruthy();
    expect(admin.seen).toEqual([]);
    await expect(admin.client.query({ query: ME })).rejects.toBeTruthy();
    expect(admin.seen).toEqual(['UNAUTHENTICATED']);

    const portal = clientFailingWith('UNAUTHENTICATED', ['Login', 'Me']);
    await expect(portal.client.query({ query: ME })).rejects.toBeTruthy();
    expect(portal.seen).toEqual([]);
  });

  it('reports a required password change and leaves other errors to the page', async () => {
    const change = clientFailingWith('PASSWORD_CHANGE_REQUIRED');
    await expect(change.client.query({ query: TASKS })).rejects.toBeTruthy();
    expect(change.seen).toEqual(['PASSWORD_CHANGE_REQUIRED']);

    const forbidden = clientFailingWith('FORBIDDEN');
    await expect(forbidden.client.query({ query: TASKS })).rejects.toBeTruthy();
    expect(forbidden.seen).toEqual([]);
  });

  it('stops telling a listener once it unsubscribed', async () => {
    const { client, events } = clientFailingWith('UNAUTHENTICATED');
    const late: SessionEvent[] = [];
    const stop = events.subscribe((e) => late.push(e));
    stop();
    await expect(client.query({ query: TASKS })).rejects.toBeTruthy();
    expect(late).toEqual([]);
  });
});

function SessionWatcher() {
  const events = useSessionEvents();
  const [last, setLast] = useState('无');
  useEffect(() => events.subscribe((e) => setLast(e)), [events]);
  const { error } = useQuery(TASKS);
  return (
    <p>
      事件：{last}；{error ? '查询失败' : '加载中'}
    </p>
  );
}

describe('ApolloSessionProvider', () => {
  it('gives components the client and the same events its error link emits', async () => {
    const { client, events } = clientFailingWith('UNAUTHENTICATED');
    render(
      <ApolloSessionProvider client={client} events={events}>
        <SessionWatcher />
      </ApolloSessionProvider>,
    );
    expect(await screen.findByText('事件：UNAUTHENTICATED；查询失败')).toBeInTheDocument();
  });
});
