import { startupData } from './startupData';

describe('startupData', () => {
  afterEach(() => jest.useRealTimers());

  it('lets the first mount read what start-up just fetched from the cache, once', () => {
    startupData.markFresh('Ranking', { periodId: 'q4', first: 20 });
    expect(startupData.firstFetchPolicy('Ranking', { periodId: 'q4', first: 20 })).toBe('cache-first');
    // a second mount (another visit) asks the network again
    expect(startupData.firstFetchPolicy('Ranking', { periodId: 'q4', first: 20 })).toBe('cache-and-network');
  });

  it('asks the network for other variables, and for data start-up fetched too long ago', () => {
    jest.useFakeTimers();
    startupData.markFresh('Ranking', { periodId: 'q4', first: 20 });
    expect(startupData.firstFetchPolicy('Ranking', { periodId: 'q3', first: 20 })).toBe('cache-and-network');
    startupData.markFresh('Cycles');
    jest.advanceTimersByTime(11_000);
    expect(startupData.firstFetchPolicy('Cycles')).toBe('cache-and-network');
  });
});
