/**
 * The unit side of the flow, done as the portal would over HTTP: a department submitter fills in
 * and submits, its approver signs off. Bearer tokens, so the browser's cookie stays the office's.
 */
export class GraphQLClient {
  private token: string | null = null;

  constructor(private readonly baseUrl: string) {}

  async login(username: string, password: string): Promise<void> {
    const data = await this.request<{ login: { token: string } }>('mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }', { u: username, p: password });
    this.token = data.login.token;
  }

  async request<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const response = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(this.token ? { authorization: `Bearer ${this.token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: T; errors?: Array<{ message: string; extensions?: { code?: string } }> };
    if (body.errors?.length) throw new Error(`GraphQL: ${body.errors.map((e) => `${e.extensions?.code ?? ''} ${e.message}`).join('; ')}`);
    return body.data as T;
  }

  async uploadEvidence(fileName: string, content: Buffer, mime: string): Promise<string> {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(content)], { type: mime }), fileName);
    const response = await fetch(`${this.baseUrl}/files/evidence`, {
      method: 'POST',
      headers: { authorization: `Bearer ${this.token ?? ''}`, 'x-govtrust-upload': '1' },
      body: form,
    });
    const body = (await response.json()) as { files?: Array<{ id: string }>; error?: { message: string } };
    if (!response.ok || !body.files?.[0]) throw new Error(`upload failed: ${response.status} ${body.error?.message ?? ''}`);
    return body.files[0].id;
  }
}
