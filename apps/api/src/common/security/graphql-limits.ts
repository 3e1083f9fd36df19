import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApolloServerPlugin } from '@apollo/server';
import type { ValidationRule } from 'graphql';

/**
 * Ceilings on the shape of one GraphQL document. They sit well above what the console and the
 * portal send (a test runs every generated document against them) and well below what it takes to
 * make the server walk a huge tree: a nested unit → children → children … chain, a thousand
 * aliases of `ranking`, a megabyte of tokens.
 */
export const GRAPHQL_LIMITS = {
  maxDepth: 10,
  maxAliases: 15,
  /** lexer tokens, counted before parsing finishes */
  maxTokens: 2000,
  maxDirectives: 20,
  /** graphql-armor's cost: 2 per object, 1 per scalar, times 1.5 per level */
  maxCost: 5000,
} as const;

export interface GraphqlArmor {
  plugins: ApolloServerPlugin[];
  validationRules: ValidationRule[];
}

/**
 * graphql-armor wired for Apollo. Field suggestions ("Did you mean …") only leave the server
 * outside production: in production they would spell out the schema that introspection hides.
 */
export function graphqlArmor(production: boolean): GraphqlArmor {
  const armor = new ApolloArmor({
    maxDepth: { n: GRAPHQL_LIMITS.maxDepth, flattenFragments: true },
    maxAliases: { n: GRAPHQL_LIMITS.maxAliases },
    // Apollo's own parseOptions.maxTokens (server.ts) refuses with a 400; armor's plugin throws a 500
    maxTokens: { enabled: false },
    maxDirectives: { n: GRAPHQL_LIMITS.maxDirectives },
    costLimit: { maxCost: GRAPHQL_LIMITS.maxCost, flattenFragments: true },
    blockFieldSuggestion: { enabled: production, mask: '' },
  });
  const { plugins, validationRules } = armor.protect();
  return { plugins, validationRules };
}
