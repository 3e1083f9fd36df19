import type { ApolloClient } from '@apollo/client';
import { pageFor } from './pages/pageLoaders';
import { prefetchForStart } from './startupPrefetch';

describe('pageFor', () => {
  it('names the page a console path opens', () => {
    expect(pageFor('/scores')).toBe('scores');
    expect(pageFor('/task-lists')).toBe('task-lists');
    expect(pageFor('/indicator-systems')).toBe('indicator-systems');
    expect(pageFor('/indicator-systems/12')).toBe('indicator-system');
    expect(pageFor('/')).toBeNull();
    expect(pageFor('/no-such-page')).toBeNull();
  });
});

describe('prefetchForStart', () => {
  const cycle = {
    id: 'c1',
    name: '2026年度考核',
    year: 2026,
    status: 'ACTIVE',
    periods: [
      { id: 'q3', cycleId: 'c1', label: '2026年第三季度', kind: 'QUARTER', index: 3, year: 2026, status: 'CLOSED' },
      { id: 'q4', cycleId: 'c1', label: '2026年第四季度', kind: 'QUARTER', index: 4, year: 2026, status: 'OPEN' },
    ],
  };
  const clientWith = () => {
    const query = jest.fn().mockImplementation(({ variables }: { variables?: unknown }) =>
      Promise.resolve({ data: variables ? { ranking: null } : { cycles: [cycle] } }),
    );
    return { client: { query } as unknown as ApolloClient, query };
  };
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

  it('asks for the cycles beside the session check, then the first page of the ranking', async () => {
    const { client, query } = clientWith();
    prefetchForStart(client, '/scores');
    expect(query).toHaveBeenCalledTimes(1);
    expect(query.mock.calls[0]?.[0]).toMatchObject({ fetchPolicy: 'network-only' });
    await settle();
    expect(query).toHaveBeenCalledTimes(2);
    // exactly what the page asks for when nothing is picked: the open period's 初步结果, by rank
    expect(query.mock.calls[1]?.[0].variables).toEqual({
      periodId: 'q4',
      unitKind: 'DEPARTMENT',
      provisional: true,
      first: 20,
      offset: 0,
      sortBy: 'RANK',
      descending: false,
      search: null,
      grade: null,
    });
  });

  it('asks only for the cycles on other pages with a period picker', async () => {
    const { client, query } = clientWith();
    prefetchForStart(client, '/dashboard');
    await settle();
    expect(query).toHaveBeenCalledTimes(1);
  });

  it('asks for nothing on pages that do not start from a period, nor on the login page', () => {
    const { client, query } = clientWith();
    for (const path of ['/units', '/accounts', '/login', '/', '/indicator-systems/3']) prefetchForStart(client, path);
    expect(query).not.toHaveBeenCalled();
  });

  it('stops quietly without a session: the session check decides where the user goes', async () => {
    const query = jest.fn().mockRejectedValue(new Error('UNAUTHENTICATED'));
    prefetchForStart({ query } as unknown as ApolloClient, '/scores');
    await settle();
    expect(query).toHaveBeenCalledTimes(1);
  });
});
