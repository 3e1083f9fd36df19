import fc from 'fast-check';
import {
  buildSchema,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import type { GqlResult } from './gql-client';

/** Strings an attacker or a careless paste would send. */
export const hostileStrings = [
  '',
  '   ',
  "' OR '1'='1",
  "Robert'); DROP TABLE unit;--",
  '1; SELECT SLEEP(5)',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '=HYPERLINK("http://evil.example","点击")',
  '+cmd|" /C calc"!A0',
  '-2+3',
  '@SUM(1+1)',
  '../../../etc/passwd',
  '..\\..\\windows\\win.ini',
  '\u0000\u0001\u001f',
  '\u202etxt.exe',
  '😀👨‍👩‍👧‍👦🇨🇳',
  '𠀀𪚥龘',
  '%s%s%n',
  '${7*7}{{7*7}}',
  '__proto__',
  'constructor',
  '0x7fffffff',
  'NaN',
  '-0',
  '1e309',
];

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...hostileStrings) },
  { weight: 2, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.constantFrom('x'.repeat(5_000), '字'.repeat(20_000), '😀'.repeat(3_000)) },
);

export const hostileNumber: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(
    -1,
    0,
    1,
    2 ** 31 - 1,
    -(2 ** 31),
    2 ** 31,
    Number.MAX_SAFE_INTEGER,
    -Number.MAX_SAFE_INTEGER,
    1e308,
    -1e308,
    0.5,
    -0.000001,
  ),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

const wrongType: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  hostileNumber,
  hostileString,
  fc.jsonValue({ maxDepth: 3 }),
);

export interface IdPool {
  ids: string[];
}

/** `wellTyped`: values GraphQL itself accepts (32-bit Ints, no nulls where forbidden), so they reach the resolvers. */
export interface InputOptions {
  wellTyped?: boolean;
}

const int32: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(-1, 0, 1, 2 ** 31 - 1, -(2 ** 31)),
  fc.integer(),
);

function scalarArbitrary(name: string, pool: IdPool, wellTyped: boolean): fc.Arbitrary<unknown> {
  switch (name) {
    case 'String':
      return hostileString;
    case 'ID':
      return pool.ids.length
        ? fc.oneof(fc.constantFrom(...pool.ids), hostileString, fc.uuid())
        : fc.oneof(hostileString, fc.uuid());
    case 'Int':
      return wellTyped ? int32 : hostileNumber.map((n) => (Number.isFinite(n) ? Math.trunc(n) : n));
    case 'Float':
      return hostileNumber;
    case 'Boolean':
      return fc.boolean();
    case 'DateTimeISO':
      return fc.oneof(
        fc
          .date({ min: new Date('1900-01-01'), max: new Date('2200-01-01'), noInvalidDate: true })
          .map((d) => d.toISOString()),
        hostileString,
      );
    default:
      // JSON and anything else free-form
      return fc.oneof(
        fc.jsonValue({ maxDepth: 4 }),
        fc.dictionary(
          hostileString,
          fc.oneof(
            hostileNumber,
            hostileString,
            fc.record({ numerator: hostileNumber, denominator: hostileNumber }),
          ),
        ),
      );
  }
}

/** Values for a GraphQL input type: mostly the right shape with hostile contents, sometimes the wrong type. */
export function inputArbitrary(
  type: GraphQLInputType,
  pool: IdPool,
  options: InputOptions = {},
  depth = 0,
): fc.Arbitrary<unknown> {
  const wellTyped = options.wellTyped ?? false;
  if (isNonNullType(type)) {
    const inner = inputArbitrary(type.ofType, pool, options, depth);
    return wellTyped
      ? inner
      : fc.oneof({ weight: 19, arbitrary: inner }, { weight: 1, arbitrary: fc.constant(null) });
  }
  let typed: fc.Arbitrary<unknown>;
  if (isListType(type)) {
    typed = fc.array(inputArbitrary(type.ofType, pool, options, depth + 1), { maxLength: depth > 1 ? 2 : 6 });
  } else if (isEnumType(type)) {
    const names = fc.constantFrom(...type.getValues().map((v) => v.name));
    typed = wellTyped ? names : fc.oneof(names, hostileString);
  } else if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields());
    const model: Record<string, fc.Arbitrary<unknown>> = {};
    for (const field of fields) model[field.name] = inputArbitrary(field.type, pool, options, depth + 1);
    const required = fields
      .filter((f) => isNonNullType(f.type) && f.defaultValue === undefined)
      .map((f) => f.name);
    typed = fc.record(model, { requiredKeys: required });
  } else if (isScalarType(type)) {
    typed = scalarArbitrary(type.name, pool, wellTyped);
  } else {
    typed = fc.constant(null);
  }
  return wellTyped ? typed : fc.oneof({ weight: 9, arbitrary: typed }, { weight: 1, arbitrary: wrongType });
}

export function loadApiSchema(): GraphQLSchema {
  return buildSchema(readFileSync(path.join(__dirname, '../../schema.graphql'), 'utf8'));
}

/** `mutation($a: T!) { name(a: $a) { __typename } }` for any mutation of the schema. */
export function operationFor(field: GraphQLField<unknown, unknown>): string {
  const params = field.args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const args = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  let named = field.type;
  while ('ofType' in named && named.ofType) named = named.ofType as typeof named;
  const selection = isScalarType(named) || isEnumType(named) ? '' : ' { __typename }';
  return `mutation${params ? `(${params})` : ''} { ${field.name}${args ? `(${args})` : ''}${selection} }`;
}

export function variablesArbitrary(
  field: GraphQLField<unknown, unknown>,
  pool: IdPool,
  options: InputOptions = {},
): fc.Arbitrary<Record<string, unknown>> {
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  for (const arg of field.args) model[arg.name] = inputArbitrary(arg.type, pool, options);
  return fc.record(model);
}

/** A typed refusal: every error carries a code, none is an internal error, none leaks driver text. */
export function typedErrorProblems(res: GqlResult<unknown>): string[] {
  const problems: string[] = [];
  if (res.status >= 500) problems.push(`HTTP ${res.status}`);
  for (const error of res.errors ?? []) {
    const code = error.extensions?.code;
    if (typeof code !== 'string') problems.push(`no code: ${error.message}`);
    else if (code === 'INTERNAL_SERVER_ERROR') problems.push(`internal error: ${error.message}`);
    if (/SQL|sqlite|ER_[A-Z_]+|QueryFailedError|\.ts:\d+/.test(error.message))
      problems.push(`leaks: ${error.message}`);
  }
  return problems;
}

/**
 * Rows per entity table plus the sum of every optimistic-lock version: an insert, a delete or an
 * update through updateWithVersion changes it. One query (a UNION over every table) per call.
 */
export async function databaseFingerprint(dataSource: DataSource): Promise<Record<string, string>> {
  const q = (name: string) => dataSource.driver.escape(name);
  const parts = dataSource.entityMetadatas.map((m) => {
    const version = m.versionColumn ? `SUM(${q(m.versionColumn.databaseName)})` : '0';
    return `SELECT '${m.tableName}' AS t, COUNT(*) AS n, ${version} AS v FROM ${q(m.tableName)}`;
  });
  const rows = (await dataSource.query(parts.join(' UNION ALL '))) as Array<{
    t: string;
    n: unknown;
    v: unknown;
  }>;
  return Object.fromEntries(rows.map((r) => [r.t, `${Number(r.n)}/${Number(r.v ?? 0)}`]));
}

/**
 * POSTs one file as multipart/form-data on a connection of its own. fetch() would reuse a keep-alive
 * connection, and a test that spends seconds building its next zip bomb may send just as the server
 * drops the idle connection (a client-side race, not what the test is about).
 */
export function postFile(
  url: string,
  file: { name: string; data: Buffer },
  headers: Record<string, string>,
): Promise<{ status: number; body: string }> {
  const boundary = `----govtrust-fuzz-${Math.random().toString(16).slice(2)}`;
  const safeName = file.name.replace(/["\r\n]/g, '_');
  const body = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${safeName}"\r\n` +
        'Content-Type: application/octet-stream\r\n\r\n',
    ),
    file.data,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return new Promise((resolve, reject) => {
    const req = http.request(url, {
      method: 'POST',
      agent: false,
      headers: {
        ...headers,
        'content-type': `multipart/form-data; boundary=${boundary}`,
        'content-length': body.length,
      },
    });
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString() }));
    });
    req.on('error', reject);
    req.end(body);
  });
}
