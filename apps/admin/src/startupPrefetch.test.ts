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
  const clientWith = () => {
    const query = jest.fn().mockResolvedValue({ data: null });
    return { client: { query } as unknown as ApolloClient, query };
  };

  it('asks for the cycles beside the session check on a page with a period picker', () => {
    const { client, query } = clientWith();
    prefetchForStart(client, '/scores');
    expect(query).toHaveBeenCalledTimes(1);
    expect(query.mock.calls[0]?.[0]).toMatchObject({ fetchPolicy: 'network-only' });
  });

  it('asks for nothing on pages that do not start from a period, nor on the login page', () => {
    const { client, query } = clientWith();
    for (const path of ['/units', '/accounts', '/login', '/', '/indicator-systems/3']) prefetchForStart(client, path);
    expect(query).not.toHaveBeenCalled();
  });

  it('keeps a failed prefetch quiet: the session check decides where the user goes', async () => {
    const query = jest.fn().mockRejectedValue(new Error('UNAUTHENTICATED'));
    expect(() => prefetchForStart({ query } as unknown as ApolloClient, '/dashboard')).not.toThrow();
    await Promise.resolve();
  });
});
