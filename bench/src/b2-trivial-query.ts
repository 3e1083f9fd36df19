import autocannon from 'autocannon';
import type { Section } from './lib/report';
import { fmt } from './lib/report';
import { loadAverage } from './lib/machine';
import { median } from './lib/stats';

interface Cannon {
  reqPerSec: number;
  non2xx: number;
  errors: number;
}

async function cannon(url: string, body: string, seconds: number): Promise<Cannon> {
  const result = await autocannon({
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
    connections: 20,
    pipelining: 1,
    duration: seconds,
  });
  return { reqPerSec: result.requests.average, non2xx: result.non2xx, errors: result.errors };
}

/** B2: `{ __typename }` through the whole GraphQL stack vs node:http returning the same JSON. */
export async function runB2(apiUrl: string, floorUrl: string, quick: boolean): Promise<Section> {
  const loadBefore = loadAverage();
  const body = JSON.stringify({ query: '{ __typename }' });
  const seconds = quick ? 4 : 10;
  const runs = quick ? 3 : 5;
  await cannon(`${apiUrl}/graphql`, body, 2);
  await cannon(`${floorUrl}/json`, body, 2);
  const api: Cannon[] = [];
  const floor: Cannon[] = [];
  // alternate so that a burst of outside load hits both sides alike
  for (let i = 0; i < runs; i++) {
    api.push(await cannon(`${apiUrl}/graphql`, body, seconds));
    floor.push(await cannon(`${floorUrl}/json`, body, seconds));
  }
  const a = median(api.map((r) => r.reqPerSec));
  const f = median(floor.map((r) => r.reqPerSec));
  const failures = api.reduce((s, r) => s + r.non2xx + r.errors, 0);
  return {
    id: 'B2',
    title: 'trivial GraphQL query',
    sizes: `autocannon, 20 connections, ${runs} runs × ${seconds} s per side after a 2 s warm-up`,
    loadBefore,
    rows: [
      { metric: '`{ __typename }` req/s', figure: fmt(a, 0), floor: fmt(f, 0), ratio: a / f, target: '≥ 0.25× floor', met: a / f >= 0.25 },
      { metric: 'non-2xx / errors (API)', figure: String(failures), target: '0', met: failures === 0 },
    ],
    notes: [
      'The API path: `/graphql` is served by a `node:http` request listener in front of express (the GraphQL front), which runs what express ran for it — helmet’s headers (recorded once at start-up), the x-request-id, the CORS allow list, the 2 MB JSON body, the JSON depth check — then Apollo Server (type-graphql schema, graphql-armor limits, CSRF prevention) and the per-request context (the session lookup is skipped without a token); express serves every other path. The floor is `node:http` writing the same JSON.',
      'No SQL runs per `{ __typename }` request. The API’s start-up warning evaluation (once, then daily) reads the open period’s submissions and score cards; a profile that starts within a few seconds of start-up shows it as typeorm / mysql2 frames.',
    ],
  };
}
