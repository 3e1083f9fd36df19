import fc from 'fast-check';
import type { GraphQLField } from 'graphql';
import { Role } from '../utils/fixtures';
import {
  databaseFingerprint,
  loadApiSchema,
  operationFor,
  typedErrorProblems,
  variablesArbitrary,
  type IdPool,
  type InputOptions,
} from '../utils/hostile-input';
import { createSubmissionWorld, type SubmissionWorld } from '../utils/submission-world';
import { engines } from '../utils/test-database';
import { startTestServer, type TestServer } from '../utils/test-server';

/** sessions come and go by design; the fuzzer signs in once and must not sign itself out */
const SKIPPED = new Set(['login', 'logout']);
/** a hang detector, not a speed target (speed lives in `pnpm bench`) */
const CALL_BUDGET_MS = 30_000;

const schema = loadApiSchema();
const mutations = Object.values(schema.getMutationType()!.getFields()).filter(
  (f) => !SKIPPED.has(f.name),
) as Array<GraphQLField<unknown, unknown>>;

/**
 * Every mutation of the schema, with variables generated from its argument types: hostile strings
 * (SQL, HTML, formulas, emoji, 20,000 characters), extreme numbers, ids of real and unknown rows, and
 * — in the first pass — wrong types and missing values. Signed in as the office, the admin, a unit
 * user or leadership. Every answer is either a success or a typed error, and a refusal writes nothing.
 */
describe.each(engines)('fuzzing every mutation on %s', (engine) => {
  let t: TestServer;
  let world: SubmissionWorld;
  let tokens: string[];
  const pool: IdPool = { ids: [] };

  beforeAll(async () => {
    t = await startTestServer(engine);
    world = await createSubmissionWorld(t);
    const fgw = await world.submitterOf('GH-FGW');
    // the office most often: it may call most mutations, so its calls get past authorization
    tokens = [
      world.officeToken,
      world.officeToken,
      world.officeToken,
      await t.loginAs(Role.ADMIN),
      fgw.token,
      await t.loginAs(Role.LEADER),
    ];
    pool.ids = [
      ...[...world.units.values()].slice(0, 4).map((u) => u.id),
      ...[...world.taskIds.values()].slice(0, 4),
      ...world.cycle.periods.slice(0, 2).map((p) => p.id),
      world.cycle.id,
      world.yearPeriodId,
      fgw.evidenceId,
    ];
  }, 60_000);
  afterAll(async () => {
    await t.close();
  });

  async function fuzz(options: InputOptions, runs: number, seed: number): Promise<Map<string, number>> {
    const outcomes = new Map<string, number>();
    for (const field of mutations) {
      const query = operationFor(field);
      await fc.assert(
        fc.asyncProperty(
          variablesArbitrary(field, pool, options),
          fc.nat(tokens.length - 1),
          async (variables, who) => {
            await t.api.services.scores.whenIdle();
            const before = await databaseFingerprint(t.dataSource);
            const started = Date.now();
            const res = await t.gql(query, variables, { token: tokens[who] });
            expect({ mutation: field.name, slow: Date.now() - started > CALL_BUDGET_MS }).toEqual({
              mutation: field.name,
              slow: false,
            });
            expect({ mutation: field.name, problems: typedErrorProblems(res) }).toEqual({
              mutation: field.name,
              problems: [],
            });
            const code = res.errors?.[0]?.extensions?.code ?? 'OK';
            outcomes.set(code, (outcomes.get(code) ?? 0) + 1);
            if (res.errors) {
              await t.api.services.scores.whenIdle();
              expect({ mutation: field.name, db: await databaseFingerprint(t.dataSource) }).toEqual({
                mutation: field.name,
                db: before,
              });
            }
          },
        ),
        { numRuns: runs, seed: seed + field.name.length, endOnFailure: true },
      );
    }
    return outcomes;
  }

  it(`gives ${mutations.length} mutations wrong types and missing values: typed errors, nothing written`, async () => {
    expect(mutations.length).toBeGreaterThan(30);
    const outcomes = await fuzz({}, 3, 20_260_408);
    expect(outcomes.get('BAD_USER_INPUT')).toBeGreaterThan(0);
  }, 240_000);

  it('gives them well-typed hostile values that reach the resolvers: typed errors, nothing written', async () => {
    const outcomes = await fuzz({ wellTyped: true }, 6, 8);
    // the values got past GraphQL's own checks into the services
    const deeper = [...outcomes.entries()].filter(
      ([code]) => code !== 'BAD_USER_INPUT' && code !== 'GRAPHQL_VALIDATION_FAILED',
    );
    expect(deeper.reduce((sum, [, n]) => sum + n, 0)).toBeGreaterThan(mutations.length * 3);
  }, 240_000);
});
