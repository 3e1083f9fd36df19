/**
 * '@graphql-typed-document-node/core' for the type checker: the generated documents import it but
 * pnpm does not link it into this app, so tsconfig `paths` points the name here (for Apollo's own
 * typings too, which then agree with ours). Same declarations as the package; type-only, so
 * bundlers never look for the module.
 */
import type { DocumentNode } from 'graphql';

export interface DocumentTypeDecoration<TResult, TVariables> {
  __apiType?: (variables: TVariables) => TResult;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the package's own defaults
export interface TypedDocumentNode<TResult = { [key: string]: any }, TVariables = { [key: string]: any }>
  extends DocumentNode,
    DocumentTypeDecoration<TResult, TVariables> {}

export type ResultOf<T> = T extends DocumentTypeDecoration<infer ResultType, infer _VariablesType> ? ResultType : never;
export type VariablesOf<T> = T extends DocumentTypeDecoration<infer _ResultType, infer VariablesType> ? VariablesType : never;
