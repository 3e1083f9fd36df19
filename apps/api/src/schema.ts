import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema, type NonEmptyArray } from 'type-graphql';
import { authChecker } from './common/auth/auth-checker';
import { AccountResolver } from './modules/accounts/account.resolver';
import { AuthResolver } from './modules/accounts/auth.resolver';
import { AuditResolver } from './modules/audit/audit.resolver';
import { UnitResolver } from './modules/units/unit.resolver';

/** Every resolver of the API; a new module appends its resolvers here. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const resolvers: NonEmptyArray<Function> = [AuthResolver, AccountResolver, UnitResolver, AuditResolver];

export function buildApiSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers,
    authChecker,
    authMode: 'error',
    validate: { forbidUnknownValues: false },
  });
}

/** The SDL checked in as apps/api/schema.graphql (sorted, so diffs are stable). */
export function printApiSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
