/**
 * The generated documents import their type from '@graphql-typed-document-node/core', which is only
 * a transitive dependency (of @apollo/client) and not resolvable from this app. These are its
 * declarations (v3.2); Apollo's hooks infer data and variables from `__apiType` structurally.
 */
declare module '@graphql-typed-document-node/core' {
  import type { DocumentNode } from 'graphql';

  export interface DocumentTypeDecoration<TResult, TVariables> {
    __apiType?: (variables: TVariables) => TResult;
  }
  export interface TypedDocumentNode<TResult = Record<string, unknown>, TVariables = Record<string, unknown>>
    extends DocumentNode,
      DocumentTypeDecoration<TResult, TVariables> {}
  export type ResultOf<T> = T extends DocumentTypeDecoration<infer R, infer _V> ? R : never;
  export type VariablesOf<T> = T extends DocumentTypeDecoration<infer _R, infer V> ? V : never;
}
