/**
 * Turns whatever a request threw (Apollo 4 error classes, a raw GraphQL error list, a fetch
 * failure, a plain Error) into a code and a Chinese message. Duck-typed on purpose: the shapes
 * are read from plain properties so this keeps working across Apollo versions and in tests.
 */
import { ERROR_MESSAGES, isApiErrorCode, type ApiErrorCode } from './errorMessages';

export interface DescribedError {
  code: ApiErrorCode;
  message: string;
}

interface GraphQLErrorLike {
  message?: unknown;
  extensions?: { code?: unknown } | null;
}

const HAN = /[\u4e00-\u9fff]/;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** The first GraphQL error carried by `error`, wherever this client version puts it. */
function firstGraphQLError(error: Record<string, unknown>): GraphQLErrorLike | undefined {
  // Apollo 4 CombinedGraphQLErrors: `errors`; Apollo 3 ApolloError: `graphQLErrors`.
  for (const key of ['errors', 'graphQLErrors']) {
    const list = error[key];
    if (Array.isArray(list) && list.length > 0 && isObject(list[0])) return list[0] as GraphQLErrorLike;
  }
  if (isObject(error.extensions)) return error as GraphQLErrorLike;
  return undefined;
}

function isNetworkError(error: Record<string, unknown>): boolean {
  if (isObject(error.networkError)) return true;
  const message = typeof error.message === 'string' ? error.message : '';
  return /Failed to fetch|fetch failed|NetworkError|Network request failed|Load failed/i.test(message);
}

/** HTTP status of an Apollo ServerError (non-2xx response without a GraphQL body). */
function statusCode(error: Record<string, unknown>): number | undefined {
  const status = error.statusCode ?? (isObject(error.response) ? error.response.status : undefined);
  return typeof status === 'number' ? status : undefined;
}

function fromStatus(status: number): ApiErrorCode {
  if (status === 401) return 'UNAUTHENTICATED';
  if (status === 403) return 'FORBIDDEN';
  if (status === 404) return 'NOT_FOUND';
  if (status === 409) return 'CONFLICT';
  if (status === 413) return 'FILE_TOO_LARGE';
  if (status === 429) return 'RATE_LIMITED';
  return status >= 500 ? 'INTERNAL_SERVER_ERROR' : 'UNKNOWN';
}

function described(code: ApiErrorCode, serverMessage?: unknown): DescribedError {
  // The server writes business messages in Chinese (e.g. which field failed); prefer them.
  // English messages are developer text and must not reach a user.
  if (typeof serverMessage === 'string' && HAN.test(serverMessage)) return { code, message: serverMessage };
  return { code, message: ERROR_MESSAGES[code] };
}

export function describeError(error: unknown): DescribedError {
  if (!isObject(error)) return described('UNKNOWN', error);

  const graphQLError = firstGraphQLError(error);
  if (graphQLError) {
    const code = graphQLError.extensions?.code;
    return described(isApiErrorCode(code) ? code : 'UNKNOWN', graphQLError.message);
  }
  const status = statusCode(error);
  if (status !== undefined) return described(fromStatus(status));
  if (isNetworkError(error)) return described('NETWORK_ERROR');
  if (isApiErrorCode(error.code)) return described(error.code, error.message);
  return described('UNKNOWN', error.message);
}
