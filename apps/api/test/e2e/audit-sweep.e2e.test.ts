import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildSchema, getNamedType, isInputObjectType, isObjectType, type GraphQLField, type GraphQLNamedType } from 'graphql';
import { AuditLog } from '../../src/modules/audit/audit-log.entity';
import { AUTHZ_MATRIX } from '../security/authz-matrix';
import { SUCCESS_PATH } from '../security/audit-success-path';
import { startMatrixWorld, PRINCIPALS, type MatrixWorld, type Principal } from '../security/matrix-fixture';
import { Role } from '../utils/fixtures';
import type { TestServer } from '../utils/test-server';

/**
 * Audit (issue 8): every mutation, run from the schema with the authorization matrix's arguments
 * by a caller the matrix allows, writes exactly one audit row when it succeeds and none when it
 * fails (the row is written in the mutation's own transaction, so a rollback takes it too); a
 * second pass runs every mutation so that it succeeds. Login and logout are audited like any other
 * mutation (LOGIN / LOGOUT rows). Deliberate exceptions: the failed login that locks an account
 * leaves a LOCK row (auth.e2e.test.ts), and a task-list import writes a row per unit plus a
 * summary. The audit log has no write path in the API at all.
 */

const schema = buildSchema(readFileSync(resolve(__dirname, '../../schema.graphql'), 'utf8'));
const mutationFields = Object.values(schema.getMutationType()!.getFields());

/** Types reachable from a field's arguments and result. */
function reachableTypes(field: GraphQLField<unknown, unknown>): Set<string> {
  const seen = new Set<string>();
  const visit = (type: GraphQLNamedType): void => {
    if (seen.has(type.name)) return;
    seen.add(type.name);
    if (isObjectType(type)) for (const f of Object.values(type.getFields())) visit(getNamedType(f.type));
    if (isInputObjectType(type)) for (const f of Object.values(type.getFields())) visit(getNamedType(f.type));
  };
  visit(getNamedType(field.type));
  for (const arg of field.args) visit(getNamedType(arg.type));
  return seen;
}

describe('the audit log through the schema', () => {
  it('has no mutation that names, takes or returns it', () => {
    const touching = mutationFields
      .filter((field) => /audit/i.test(field.name) || [...reachableTypes(field)].some((name) => /^AuditLog/.test(name)))
      .map((field) => field.name);
    expect(touching).toEqual([]);
  });

  it('is read only through auditLogs', () => {
    const readers = Object.values(schema.getQueryType()!.getFields())
      .filter((field) => getNamedType(field.type).name.startsWith('AuditLog'))
      .map((field) => field.name);
    expect(readers).toEqual(['auditLogs']);
  });
});

/** The first caller the matrix lets run the mutation: staff before unit users (their own unit). */
function privileged(key: string): Principal {
  const row = AUTHZ_MATRIX[key];
  if (!row) throw new Error(`${key} is not in AUTHZ_MATRIX (test/security/authz-matrix.ts)`);
  const order: Principal[] = [Role.CREDIT_OFFICE, Role.ADMIN, Role.EVALUATOR, Role.LEADER, Role.UNIT_APPROVER, Role.UNIT_SUBMITTER, 'ANONYMOUS'];
  const found = order.find((p) => row.verdicts[p] !== 'D');
  if (!found) throw new Error(`${key}: nobody may call it`);
  return found;
}

describe('audit sweep on MariaDB', () => {
  let t: TestServer;
  let world: MatrixWorld;
  let close: () => Promise<void>;
  const outcomes: Array<{ key: string; succeeded: boolean }> = [];

  beforeAll(async () => {
    ({ t, world, close } = await startMatrixWorld());
  }, 120_000);
  afterAll(async () => {
    await close();
  });

  const count = () => t.dataSource.getRepository(AuditLog).count();

  it.each(mutationFields.map((field) => [field.name, field] as const))('Mutation.%s: one audit row if it succeeds, none if not', async (name, field) => {
    const key = `Mutation.${name}`;
    const principal = privileged(key);
    expect(PRINCIPALS).toContain(principal);
    const row = AUTHZ_MATRIX[key]!;
    const caller = await world.caller(principal, row.fresh);
    const vars = row.args(world.fx, world.fx.own);
    const args = field.args.filter((arg) => arg.name in vars);
    const defs = args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
    const call = args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
    const selection = isObjectType(getNamedType(field.type)) ? '{ __typename }' : '';
    const before = await count();
    const res = await t.gql(`mutation${defs ? `(${defs})` : ''} { ${name}${call ? `(${call})` : ''} ${selection} }`, vars, {
      token: caller.token,
    });
    // background work a mutation starts (score roll-ups) writes no audit rows of its own
    await t.api.services.scores.whenIdle();
    await t.api.services.exportJobs.whenIdle();
    const written = (await count()) - before;
    const succeeded = !res.errors;
    outcomes.push({ key, succeeded });
    expect({ key, error: res.errors?.[0]?.extensions?.code, written }).toEqual({
      key,
      error: res.errors?.[0]?.extensions?.code,
      written: succeeded ? 1 : 0,
    });
  });

  it('saw both outcomes across the sweep', () => {
    expect(outcomes.length).toBe(mutationFields.length);
    expect(outcomes.filter((o) => o.succeeded).length).toBeGreaterThan(5);
    expect(outcomes.filter((o) => !o.succeeded).length).toBeGreaterThan(5);
  });
});

/**
 * The success half: each mutation run once so that it succeeds, in an order that sets up the next
 * step (test/security/audit-success-path.ts), each leaving exactly one audit row.
 */
describe('audit rows of successful mutations on MariaDB', () => {
  let t: TestServer;
  let world: MatrixWorld;
  let close: () => Promise<void>;
  const state = new Map<string, unknown>();

  beforeAll(async () => {
    ({ t, world, close } = await startMatrixWorld());
  }, 120_000);
  afterAll(async () => {
    await close();
  });

  it('covers every mutation in the schema', () => {
    const covered = new Set(SUCCESS_PATH.map((step) => step.mutation));
    expect(mutationFields.map((field) => field.name).filter((name) => !covered.has(name))).toEqual([]);
  });

  it.each(SUCCESS_PATH.map((step, i) => [`${i + 1}. ${step.mutation}`, step] as const))('%s', async (_label, step) => {
    const field = schema.getMutationType()!.getFields()[step.mutation];
    if (!field) throw new Error(`no mutation ${step.mutation} in the schema`);
    const caller = await world.caller(step.as, step.fresh);
    const vars = await step.vars({ t, fx: world.fx, state, caller });
    const args = field.args.filter((arg) => arg.name in vars);
    const defs = args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
    const call = args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
    const selection = isObjectType(getNamedType(field.type)) ? `{ ${step.select ?? '__typename'} }` : '';
    const before = await count();
    const res = await t.gql<Record<string, unknown>>(
      `mutation${defs ? `(${defs})` : ''} { ${step.mutation}${call ? `(${call})` : ''} ${selection} }`,
      vars,
      { token: caller.token },
    );
    await t.api.services.scores.whenIdle();
    // a background job (startRecompute) writes its audit row when it finishes
    await t.api.services.exportJobs.whenIdle();
    expect({ mutation: step.mutation, errors: res.errors }).toEqual({ mutation: step.mutation, errors: undefined });
    if (step.keep) state.set(step.keep, res.data![step.mutation]);
    const expected = step.auditRows ? await step.auditRows({ t, fx: world.fx, state, caller }) : 1;
    expect({ mutation: step.mutation, written: (await count()) - before }).toEqual({ mutation: step.mutation, written: expected });
  });

  const count = () => t.dataSource.getRepository(AuditLog).count();
});
