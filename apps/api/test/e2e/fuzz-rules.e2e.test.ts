import fc from 'fast-check';
import { IndicatorSystemVersion } from '../../src/modules/indicator-systems/indicator-system-version.entity';
import { Role } from '../utils/fixtures';
import { codeOf, type GqlResult } from '../utils/gql-client';
import { hostileString, typedErrorProblems } from '../utils/hostile-input';
import { engines } from '../utils/test-database';
import { startTestServer, type TestServer } from '../utils/test-server';

const KEY = 'genhe-assessment-2023';
const IMPORT = `mutation($id: String!) { importIndicatorSystemPreset(presetId: $id) { id version definition } }`;
const SAVE = `mutation($key: String!, $def: JSON!, $v: Int) {
  saveIndicatorSystemDraft(key: $key, definition: $def, expectedVersion: $v) { id version } }`;
/** parsing, validating and storing one definition — a hang detector, not a speed target
 * (speed lives in `pnpm bench`), so generous enough for a loaded machine */
const CALL_BUDGET_MS = 30_000;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Paths (as key lists) of every `expr` string in the definition. */
function exprPaths(node: Json, at: Array<string | number> = []): Array<Array<string | number>> {
  if (Array.isArray(node)) return node.flatMap((child, i) => exprPaths(child, [...at, i]));
  if (node && typeof node === 'object') {
    return Object.entries(node).flatMap(([key, child]) =>
      key === 'expr' && typeof child === 'string' ? [[...at, key]] : exprPaths(child, [...at, key]),
    );
  }
  return [];
}

function replaced(root: Json, path: Array<string | number>, value: Json): Json {
  const copy = structuredClone(root);
  let node = copy as Record<string | number, Json>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, Json>;
  node[path[path.length - 1]!] = value;
  return copy;
}

const FIELDS = [
  'dp_compliance_rate',
  'dp_timeliness_rate',
  'five_kinds_compliance_rate',
  'no_such_field',
  '__proto__',
  'constructor',
];

/** Expressions from the rule grammar, some valid, most odd. */
const expression: fc.Arbitrary<string> = fc.letrec<{ e: string }>((tie) => ({
  e: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(...FIELDS),
    fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true })).map(String),
    fc
      .tuple(tie('e'), fc.constantFrom('+', '-', '*', '/', '%', '^', '**', '==', '&&'), tie('e'))
      .map(([a, op, b]) => `${a} ${op} ${b}`),
    tie('e').map((a) => `(${a})`),
    tie('e').map((a) => `-${a}`),
    fc
      .tuple(fc.constantFrom('min', 'max', 'clamp', 'eval', 'require'), fc.array(tie('e'), { maxLength: 4 }))
      .map(([f, args]) => `${f}(${args.join(', ')})`),
  ),
})).e;

/** Inputs built to exhaust a naive parser or evaluator. */
const exhausting: fc.Arbitrary<string> = fc.oneof(
  fc.integer({ min: 20, max: 20_000 }).map((n) => `${'('.repeat(n)}1${')'.repeat(n)}`),
  fc.integer({ min: 20, max: 20_000 }).map((n) => `${'-'.repeat(n)}1`),
  fc.integer({ min: 20, max: 5_000 }).map((n) => `${'max('.repeat(n)}1${')'.repeat(n)}`),
  fc.integer({ min: 100, max: 50_000 }).map((n) => Array(n).fill('dp_compliance_rate').join('+')),
  fc.integer({ min: 31, max: 10_000 }).map((n) => `9${'9'.repeat(n)} * 1e999999`),
  fc.integer({ min: 51, max: 2_000 }).map((n) => `min(${Array(n).fill('1').join(',')})`),
  fc.constantFrom('1/0', '0/0', '10^10^10^10', '2**1000000', 'dp_compliance_rate/0'),
);

/** JSON text nested `depth` levels deep, built without recursion (JSON.stringify would overflow). */
function deepJsonText(depth: number, open: string, close: string): string {
  return `${open.repeat(depth)}1${close.repeat(depth)}`;
}

describe.each(engines)('fuzzing indicator-system rules on %s', (engine) => {
  let t: TestServer;
  let token: string;
  let definition: Json;
  let version: number;
  let paths: Array<Array<string | number>>;

  beforeAll(async () => {
    t = await startTestServer(engine);
    token = await t.loginAs(Role.CREDIT_OFFICE);
    const imported = await t.gql<{ importIndicatorSystemPreset: { version: number; definition: Json } }>(
      IMPORT,
      { id: KEY },
      { token },
    );
    definition = imported.data!.importIndicatorSystemPreset.definition;
    version = imported.data!.importIndicatorSystemPreset.version;
    paths = exprPaths(definition);
  });
  afterAll(async () => {
    await t.close();
  });

  const stored = () =>
    t.dataSource.getRepository(IndicatorSystemVersion).findOneByOrFail({ systemKey: KEY, systemVersion: 1 });

  async function save(def: Json): Promise<GqlResult<{ saveIndicatorSystemDraft: { version: number } }>> {
    const before = await stored();
    const started = Date.now();
    const res = await t.gql<{ saveIndicatorSystemDraft: { version: number } }>(
      SAVE,
      { key: KEY, def, v: version },
      { token },
    );
    expect(Date.now() - started).toBeLessThan(CALL_BUDGET_MS);
    expect(typedErrorProblems(res)).toEqual([]);
    if (res.errors) {
      // BAD_USER_INPUT: GraphQL's own refusal (null for JSON!), before any resolver ran
      expect(['VALIDATION_FAILED', 'BAD_USER_INPUT']).toContain(codeOf(res));
      const after = await stored();
      expect({ version: after.version, definition: after.definition }).toEqual({
        version: before.version,
        definition: before.definition,
      });
    } else {
      version = res.data!.saveIndicatorSystemDraft.version;
    }
    return res;
  }

  it('finds formula rules to fuzz', () => {
    expect(paths.length).toBeGreaterThan(2);
  });

  it('stores or refuses any expression from the rule grammar, quickly', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(paths.length - 1), expression, async (at, expr) => {
        await save(replaced(definition, paths[at]!, expr));
      }),
      { numRuns: 25, seed: 11 },
    );
  }, 120_000);

  it('refuses deep, long and huge expressions quickly, never hanging the engine', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(paths.length - 1), exhausting, async (at, expr) => {
        const res = await save(replaced(definition, paths[at]!, expr));
        // whatever is not refused outright must at least be a bounded expression
        if (!res.errors) expect(expr.length).toBeLessThanOrEqual(2_000);
      }),
      { numRuns: 15, seed: 12 },
    );
  }, 120_000);

  it('refuses definitions of the wrong shape: random JSON, hostile strings in any field, oversized trees', async () => {
    const anyPath = (root: Json): Array<Array<string | number>> => {
      const out: Array<Array<string | number>> = [];
      const walk = (node: Json, at: Array<string | number>) => {
        out.push(at);
        if (at.length > 6) return;
        if (Array.isArray(node)) node.forEach((c, i) => walk(c, [...at, i]));
        else if (node && typeof node === 'object')
          for (const [k, c] of Object.entries(node)) walk(c, [...at, k]);
      };
      walk(root, []);
      return out.filter((p) => p.length > 0);
    };
    const nodes = anyPath(definition);
    const value: fc.Arbitrary<Json> = fc.oneof(
      fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json>,
      hostileString,
      fc.constant(null),
      fc.constant(-1e308),
    );
    await fc.assert(
      fc.asyncProperty(fc.nat(nodes.length - 1), value, async (at, v) => {
        await save(replaced(definition, nodes[at]!, v));
      }),
      { numRuns: 25, seed: 13 },
    );
    for (const whole of [
      null,
      'abc',
      42,
      [],
      {},
      { categories: Array(5_000).fill({ code: 'X' }) },
    ] as Json[]) {
      const res = await save(whole);
      expect(res.errors).toBeDefined();
    }
  }, 120_000);

  it('answers a definition nested thousands of levels deep with a typed error, not a crash', async () => {
    for (const depth of [500, 5_000, 100_000]) {
      for (const [open, close] of [
        ['[', ']'],
        ['{"a":', '}'],
      ]) {
        const body = `{"query":${JSON.stringify(SAVE)},"variables":{"key":"${KEY}","v":${version},"def":${deepJsonText(depth, open!, close!)}}}`;
        const started = Date.now();
        const response = await fetch(`${t.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body,
        });
        expect(Date.now() - started).toBeLessThan(CALL_BUDGET_MS);
        expect(response.status).toBeLessThan(500);
        const json = (await response.json()) as {
          errors?: Array<{ extensions?: { code?: string } }>;
          error?: { code?: string };
        };
        const code = json.errors?.[0]?.extensions?.code ?? json.error?.code;
        expect({ depth, code }).toEqual({
          depth,
          code: depth > 64 ? 'VALIDATION_FAILED' : expect.any(String),
        });
        expect(code).not.toBe('INTERNAL_SERVER_ERROR');
      }
    }
    expect((await stored()).version).toBe(version);
  }, 60_000);
});
