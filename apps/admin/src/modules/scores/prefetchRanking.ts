import type { ApolloClient } from '@apollo/client';
import type { Cycle } from '../periods/utils/currentPeriod';
import { startupData } from '../common/utils/startupData';
import { RANKING } from './graphql/queries/rankingQuery';
import { DEFAULT_VIEW, rankingRequest } from './utils/rankingView';
import { resolveSelection } from './utils/scoreSelection';

/**
 * The first page the ranking page will ask for, asked as soon as the cycles are known: it then
 * arrives while the page's code and layout are still being set up, not after them.
 */
export async function prefetchRanking(client: ApolloClient, cycles: readonly Cycle[]): Promise<void> {
  const { periodId, unitKind, provisional } = resolveSelection(cycles, {});
  if (!periodId) return;
  const variables = rankingRequest(periodId, unitKind, provisional, DEFAULT_VIEW);
  await client.query({ query: RANKING, variables });
  startupData.markFresh('Ranking', variables);
}
