import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { ArgumentValidationError } from 'type-graphql';
import type { ValidationError } from 'class-validator';
import { AppError, type FieldProblem } from './app-error';
import { isDatabaseUnavailable } from './database-unavailable';
import { ErrorCode, defaultMessages } from './error-codes';

/** Codes Apollo itself produces for malformed requests; they are safe to pass through. */
const apolloRequestCodes = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

function flattenValidation(errors: ValidationError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flattenValidation(e.children ?? [], field)];
  });
}

/**
 * Apollo formatError: AppError → its code, Chinese message and details; class-validator failures →
 * VALIDATION_FAILED with field problems; a database that cannot be reached → SERVICE_UNAVAILABLE (retry);
 * everything else (driver errors, bugs) is masked in
 * production so no SQL or stack reaches a client.
 */
export function createFormatError(production: boolean, log: (error: unknown) => void) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof AppError) {
      return {
        message: original.message,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: original.code, ...(original.details ? { details: original.details } : {}) },
      };
    }
    if (original instanceof ArgumentValidationError) {
      const fields = flattenValidation(original.extensions.validationErrors);
      return {
        message: fields.map((f) => f.message).join('；') || defaultMessages[ErrorCode.VALIDATION_FAILED],
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: ErrorCode.VALIDATION_FAILED, details: { fields } },
      };
    }
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && apolloRequestCodes.has(code)) {
      return production ? { ...formatted, extensions: { code } } : formatted;
    }
    log(original);
    if (isDatabaseUnavailable(original)) {
      return {
        message: defaultMessages[ErrorCode.SERVICE_UNAVAILABLE],
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: ErrorCode.SERVICE_UNAVAILABLE },
      };
    }
    if (production) {
      return {
        message: defaultMessages[ErrorCode.INTERNAL_SERVER_ERROR],
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
      };
    }
    return { ...formatted, extensions: { ...formatted.extensions, code: ErrorCode.INTERNAL_SERVER_ERROR } };
  };
}
