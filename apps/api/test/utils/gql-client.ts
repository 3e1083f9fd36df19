export interface GqlError {
  message: string;
  path?: ReadonlyArray<string | number>;
  extensions?: { code?: string; details?: Record<string, unknown> & { fields?: Array<{ field: string; message: string }> } };
}

export interface GqlResult<T = Record<string, unknown>> {
  data?: T | null;
  errors?: GqlError[];
  status: number;
  headers: Headers;
}

export interface GqlOptions {
  token?: string;
  cookie?: string;
  headers?: Record<string, string>;
}

/** A tiny GraphQL-over-HTTP client bound to one server URL. */
export function createGqlClient(baseUrl: string) {
  return async function gql<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
    options: GqlOptions = {},
  ): Promise<GqlResult<T>> {
    const headers: Record<string, string> = { 'content-type': 'application/json', ...options.headers };
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    if (options.cookie) headers.cookie = options.cookie;
    const response = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: T | null; errors?: GqlError[] };
    return { ...body, status: response.status, headers: response.headers };
  };
}

export type GqlClient = ReturnType<typeof createGqlClient>;

/** The first error's code, for `expect(codeOf(res)).toBe('FORBIDDEN')`. */
export function codeOf(result: GqlResult<unknown>): string | undefined {
  return result.errors?.[0]?.extensions?.code;
}
