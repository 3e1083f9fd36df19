import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  buildSchema,
  getNamedType,
  isLeafType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLOutputType,
} from 'graphql';
import { AUTHZ_MATRIX, PUBLIC_ROUTES, ROUTE_MATRIX, type Verdict } from '../security/authz-matrix';
import { startMatrixWorld, PRINCIPALS, type Caller, type MatrixWorld, type Principal } from '../security/matrix-fixture';
import { Role } from '../utils/fixtures';
import { codeOf } from '../utils/gql-client';
import type { TestServer } from '../utils/test-server';

/**
 * The authorization matrix (issue 8), generated from schema.graphql and the express routes: every
 * query, mutation and file route × every caller (× own / other unit for unit users) against the
 * checked-in table in test/security/authz-matrix.ts. A unit user's allowed answers are searched,
 * through every nested field, for another unit's ids and for other people's accounts.
 */

const schema = buildSchema(readFileSync(resolve(__dirname, '../../schema.graphql'), 'utf8'));
const UNIT_PRINCIPALS: ReadonlySet<Principal> = new Set<Principal>([Role.UNIT_SUBMITTER, Role.UNIT_APPROVER]);
const ACCOUNT_READERS: ReadonlySet<Principal> = new Set<Principal>([Role.ADMIN, Role.CREDIT_OFFICE]);
/** what refuses another unit's ids, as in enforcement.e2e.test.ts */
const OTHER_UNIT_REFUSALS = ['FORBIDDEN', 'NOT_FOUND', 'NOT_ON_TASK_LIST', 'VALIDATION_FAILED'];

interface Operation {
  key: string;
  kind: 'query' | 'mutation';
  field: GraphQLField<unknown, unknown>;
}

function operations(): Operation[] {
  const roots: Array<['query' | 'mutation', GraphQLObjectType | null | undefined]> = [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
  ];
  return roots.flatMap(([kind, root]) =>
    Object.values(root?.getFields() ?? {}).map((field) => ({ key: `${root!.name}.${field.name}`, kind, field })),
  );
}

/**
 * Every scalar of the returned type and of the objects under it, `levels` deep, with __typename
 * and id wherever there is one, so nested leaks show. Fields that need arguments are skipped.
 */
function selectionFor(type: GraphQLOutputType, levels: number): string {
  const named = getNamedType(type);
  if (isLeafType(named)) return '';
  if (!isObjectType(named)) return '{ __typename }';
  const parts = ['__typename'];
  for (const field of Object.values(named.getFields())) {
    if (field.args.some((arg) => isNonNullType(arg.type))) continue;
    const inner = getNamedType(field.type);
    if (isLeafType(inner)) parts.push(field.name);
    else if (levels > 0) parts.push(`${field.name} ${selectionFor(field.type, levels - 1)}`);
  }
  return `{ ${parts.join(' ')} }`;
}

function documentFor(op: Operation, vars: Record<string, unknown>): string {
  const args = op.field.args.filter((arg) => arg.name in vars);
  const defs = args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
  const call = args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  return `${op.kind}${defs ? `(${defs})` : ''} { ${op.field.name}${call ? `(${call})` : ''} ${selectionFor(op.field.type, 2)} }`;
}

/** Unit ids and account ids anywhere in an answer (unitId fields, Unit and Account objects). */
function reachable(value: unknown, out = { units: new Set<string>(), accounts: new Set<string>() }) {
  if (Array.isArray(value)) value.forEach((item) => reachable(item, out));
  else if (value && typeof value === 'object') {
    const node = value as Record<string, unknown>;
    if (typeof node.unitId === 'string') out.units.add(node.unitId);
    if (node.__typename === 'Unit' && typeof node.id === 'string') out.units.add(node.id);
    if (node.__typename === 'Account' && typeof node.id === 'string') out.accounts.add(node.id);
    Object.values(node).forEach((child) => reachable(child, out));
  }
  return out;
}

interface Attempt {
  principal: Principal;
  target: 'own' | 'other';
  expected: 'ALLOW' | 'REFUSE';
}

/** The attempts one row asks for: staff once (at the unit users' unit), unit users at both units. */
function attempts(verdicts: Record<Principal, Verdict>): Attempt[] {
  return PRINCIPALS.flatMap((principal): Attempt[] => {
    const verdict = verdicts[principal];
    const expectOwn = verdict === 'D' ? 'REFUSE' : 'ALLOW';
    if (!UNIT_PRINCIPALS.has(principal)) return [{ principal, target: 'own', expected: expectOwn }];
    return [
      { principal, target: 'own', expected: expectOwn },
      { principal, target: 'other', expected: verdict === 'A' ? 'ALLOW' : 'REFUSE' },
    ];
  });
}

const allOperations = operations();

describe('the authorization matrix', () => {
  it('classifies every query and mutation in the schema', () => {
    const inSchema = allOperations.map((op) => op.key);
    const unclassified = inSchema.filter((key) => !(key in AUTHZ_MATRIX));
    const stale = Object.keys(AUTHZ_MATRIX).filter((key) => !inSchema.includes(key));
    // a new operation: add a row to AUTHZ_MATRIX in test/security/authz-matrix.ts saying who may call it
    expect({ unclassified, stale }).toEqual({ unclassified: [], stale: [] });
  });
});

/**
 * Fields that carry officials' names or contact details, and who reaches them: Account (only
 * ACCOUNT_READ roles list accounts; everyone reads their own `me`) and UnitContact (roles reading
 * every unit, and a unit's own users). The matrix sweep checks the reach; this list makes a new
 * such field fail until someone decides who may see it.
 */
const PERSONAL_FIELDS = ['Account.displayName', 'Account.username', 'Unit.contacts', 'UnitContact.phone'];

describe('personal data in the schema', () => {
  it('sits only in the fields the matrix guards', () => {
    const found = Object.values(schema.getTypeMap())
      .filter((type): type is GraphQLObjectType => isObjectType(type) && !type.name.startsWith('__'))
      .flatMap((type) => Object.keys(type.getFields()).map((name) => `${type.name}.${name}`))
      .filter((key) => /\.(displayName|username|contacts?|phone|mobile|email|idCard|realName|person\w*)$/i.test(key));
    expect(found.sort()).toEqual([...PERSONAL_FIELDS].sort());
  });
});

describe('authorization matrix on MariaDB', () => {
  let t: TestServer;
  let world: MatrixWorld;
  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ t, world, close } = await startMatrixWorld());
  }, 120_000);
  afterAll(async () => {
    await close();
  });

  it('classifies every HTTP route the server registers', () => {
    const found: string[] = [];
    const walk = (stack: unknown[]) => {
      for (const layer of stack as Array<{ route?: { path: unknown; methods: Record<string, boolean> }; handle?: { stack?: unknown[] } }>) {
        if (layer.route) {
          const path = typeof layer.route.path === 'string' ? layer.route.path : '<web app static files>';
          for (const method of Object.keys(layer.route.methods)) found.push(`${method.toUpperCase()} ${path}`);
        } else if (layer.handle?.stack) walk(layer.handle.stack);
      }
    };
    walk((t.api.app as unknown as { router: { stack: unknown[] } }).router.stack);
    const classified = new Set([...Object.keys(ROUTE_MATRIX).map((key) => key.replace(/ \(.*\)$/, '')), ...PUBLIC_ROUTES]);
    // a new route: add it to ROUTE_MATRIX (or PUBLIC_ROUTES) in test/security/authz-matrix.ts
    expect([...new Set(found)].filter((key) => !classified.has(key))).toEqual([]);
  });

  const cases = allOperations.flatMap((op) => {
    const row = AUTHZ_MATRIX[op.key];
    return row ? attempts(row.verdicts).map((a) => [op.key, a.principal, a.target, a.expected, op] as const) : [];
  });

  it.each(cases)('%s as %s at the %s unit: %s', async (key, principal, target, expected, op) => {
    const row = AUTHZ_MATRIX[key]!;
    const caller: Caller = await world.caller(principal, row.fresh);
    const u = target === 'own' ? world.fx.own : world.fx.other;
    const vars = row.args(world.fx, u);
    const res = await t.gql<Record<string, unknown>>(documentFor(op, vars), vars, { token: caller.token });
    const code = codeOf(res);
    const summary = { key, principal, target, code, message: res.errors?.[0]?.message };
    if (expected === 'REFUSE') {
      const refusals =
        principal === 'ANONYMOUS'
          ? ['UNAUTHENTICATED']
          : target === 'other'
            ? OTHER_UNIT_REFUSALS
            : ['FORBIDDEN', ...(row.refusalCodes ?? [])];
      expect({ ...summary, refused: refusals.includes(code ?? '') }).toEqual({ ...summary, refused: true });
      expect(res.data?.[op.field.name] ?? null).toBeNull();
      return;
    }
    const denied = ['FORBIDDEN', 'UNAUTHENTICATED', 'INTERNAL_SERVER_ERROR', 'GRAPHQL_VALIDATION_FAILED', ...(row.refusalCodes ?? [])];
    expect({ ...summary, allowed: !denied.includes(code ?? '') }).toEqual({ ...summary, allowed: true });
    if (row.answersForAnotherAccount) return;
    const seen = reachable(res.data);
    if (caller.unitId) {
      expect({ key, target, otherUnits: [...seen.units].filter((id) => id !== caller.unitId) }).toEqual({ key, target, otherUnits: [] });
    }
    // officials' names and logins: only roles that read accounts see anyone's but their own
    if (!ACCOUNT_READERS.has(principal)) {
      expect({ key, target, otherPeople: [...seen.accounts].filter((id) => id !== caller.accountId) }).toEqual({
        key,
        target,
        otherPeople: [],
      });
    }
  });

  const routeCases = Object.entries(ROUTE_MATRIX).flatMap(([key, row]) =>
    attempts(row.verdicts).map((a) => [key, a.principal, a.target, a.expected] as const),
  );

  it.each(routeCases)('%s as %s at the %s unit: %s', async (key, principal, target, expected) => {
    const row = ROUTE_MATRIX[key]!;
    const caller = await world.caller(principal);
    const request = row.request(world.fx, target === 'own' ? world.fx.own : world.fx.other);
    const headers: Record<string, string> = {};
    if (caller.token) headers.authorization = `Bearer ${caller.token}`;
    let body: FormData | undefined;
    if (request.upload) {
      headers['x-govtrust-upload'] = '1';
      // not a real file: an allowed caller gets past authorization and is then refused the file
      body = new FormData();
      body.append('file', new Blob([new Uint8Array(Buffer.from('not a document'))]), 'x.txt');
    }
    const response = await fetch(`${t.url}${request.path}`, { method: request.method, headers, body });
    const text = response.headers.get('content-type')?.includes('json') ? await response.text() : `(${await response.arrayBuffer().then((b) => b.byteLength)} bytes)`;
    const summary = { key, principal, target, status: response.status, body: text.slice(0, 200) };
    const refusedStatuses = principal === 'ANONYMOUS' ? [401] : target === 'other' ? [403, 404] : [403, ...(row.refusalStatuses ?? [])];
    if (expected === 'REFUSE') {
      expect({ ...summary, refused: refusedStatuses.includes(response.status) }).toEqual({ ...summary, refused: true });
    } else {
      expect({ ...summary, allowed: ![401, 403].includes(response.status) && response.status < 500 }).toEqual({ ...summary, allowed: true });
    }
  });
});
