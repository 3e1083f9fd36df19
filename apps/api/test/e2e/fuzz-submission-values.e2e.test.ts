import fc from 'fast-check';
import { Submission } from '../../src/modules/submissions/submission.entity';
import type { GqlResult } from '../utils/gql-client';
import {
  databaseFingerprint,
  hostileNumber,
  hostileString,
  typedErrorProblems,
} from '../utils/hostile-input';
import {
  COUNT,
  createSubmissionWorld,
  FGW_TASK,
  RATE,
  SAVE,
  type SubmissionWorld,
} from '../utils/submission-world';
import { engines } from '../utils/test-database';
import { startTestServer, type TestServer } from '../utils/test-server';

/** a hang detector, not a speed target (speed lives in `pnpm bench`) */
const CALL_BUDGET_MS = 30_000;

function expectTyped(res: GqlResult<unknown>, what: string): void {
  expect({ what, problems: typedErrorProblems(res) }).toEqual({ what, problems: [] });
}

describe.each(engines)('fuzzing a unit’s values on %s', (engine) => {
  let t: TestServer;
  let world: SubmissionWorld;
  let fgw: Awaited<ReturnType<SubmissionWorld['submitterOf']>>;

  beforeAll(async () => {
    t = await startTestServer(engine);
    world = await createSubmissionWorld(t);
    fgw = await world.submitterOf('GH-FGW');
  }, 60_000);
  afterAll(async () => {
    await t.close();
  });

  async function call(query: string, variables: Record<string, unknown>, token: string) {
    const started = Date.now();
    const res = await t.gql(query, variables, { token });
    expect(Date.now() - started).toBeLessThan(CALL_BUDGET_MS);
    return res;
  }

  it('accepts a rate and a count exactly when they are whole, not negative, and numerator ≤ denominator', async () => {
    const taskId = world.taskIds.get(FGW_TASK)!;
    const number = fc.oneof(
      { weight: 6, arbitrary: fc.integer({ min: 0, max: 60 }) },
      { weight: 1, arbitrary: fc.integer({ min: -5, max: -1 }) },
      {
        weight: 1,
        arbitrary: fc.double({ min: -5, max: 60, noNaN: true }).filter((n) => !Number.isInteger(n)),
      },
    );
    let version: number | null = null;
    await fc.assert(
      fc.asyncProperty(number, number, number, async (numerator, denominator, count) => {
        const whole = (n: number) => Number.isInteger(n) && n >= 0;
        const valid = whole(numerator) && whole(denominator) && whole(count) && numerator <= denominator;
        const before = await databaseFingerprint(t.dataSource);
        const res = await call(
          SAVE,
          {
            input: {
              taskId,
              periodId: world.yearPeriodId,
              values: { [RATE]: { numerator, denominator }, [COUNT]: count },
              evidenceIds: [fgw.evidenceId],
              expectedVersion: version,
            },
          },
          fgw.token,
        );
        expectTyped(res, 'saveSubmissionDraft');
        if (valid) {
          expect(res.errors).toBeUndefined();
          const saved = (res.data as { saveSubmissionDraft: { version: number; values: unknown } })
            .saveSubmissionDraft;
          expect(saved.values).toEqual({ [RATE]: { numerator, denominator }, [COUNT]: count });
          version = saved.version;
        } else {
          expect(res.errors?.[0]?.extensions?.code).toBe('VALIDATION_FAILED');
          expect(await databaseFingerprint(t.dataSource)).toEqual(before);
        }
      }),
      { numRuns: 40, seed: 8 },
    );
    const stored = await t.dataSource
      .getRepository(Submission)
      .findOneByOrFail({ taskId, unitId: fgw.unitId });
    expect(stored.version).toBe(version);
  }, 120_000);

  it('refuses hostile values, evidence lists and keys for a draft without writing', async () => {
    const taskId = world.taskIds.get(FGW_TASK)!;
    const current = await t.dataSource.getRepository(Submission).findOneBy({ taskId, unitId: fgw.unitId });
    const values = fc.oneof(
      fc.jsonValue({ maxDepth: 3 }),
      fc.record({
        [RATE]: fc.record({ numerator: hostileNumber, denominator: hostileNumber }),
        [COUNT]: hostileNumber,
      }),
      fc.record({
        [RATE]: fc.oneof(hostileString, fc.array(hostileNumber)),
        [COUNT]: fc.oneof(hostileString, fc.constant(-1)),
      }),
      fc.dictionary(hostileString, hostileString, { minKeys: 1 }),
    );
    const evidenceIds = fc.oneof(
      fc.constant([fgw.evidenceId]),
      fc.array(hostileString, { maxLength: 3 }),
      fc.array(fc.uuid(), { minLength: 51, maxLength: 60 }),
      fc.constant([fgw.evidenceId, fgw.evidenceId]),
    );
    const key = fc.oneof(fc.constant(undefined), hostileString);
    await fc.assert(
      fc.asyncProperty(values, evidenceIds, key, async (v, e, k) => {
        const before = await databaseFingerprint(t.dataSource);
        const res = await call(
          SAVE,
          {
            input: {
              taskId,
              periodId: world.yearPeriodId,
              values: v,
              evidenceIds: e,
              expectedVersion: current?.version ?? null,
              idempotencyKey: k,
            },
          },
          fgw.token,
        );
        expectTyped(res, 'saveSubmissionDraft');
        if (res.errors) expect(await databaseFingerprint(t.dataSource)).toEqual(before);
        else {
          // only a genuinely valid draft may pass; put the version back in step for the next run
          const saved = (res.data as { saveSubmissionDraft: { version: number } }).saveSubmissionDraft;
          if (current) current.version = saved.version;
        }
      }),
      { numRuns: 60, seed: 4 },
    );
  }, 120_000);
});
