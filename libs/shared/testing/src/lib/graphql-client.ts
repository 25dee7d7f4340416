export interface GraphqlError {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string } & Record<string, unknown>;
}

export interface GraphqlResponse<T> {
  status: number;
  headers: Headers;
  data: T | null;
  errors?: GraphqlError[];
}

export async function graphqlRequest<T>(
  baseUrl: string,
  query: string,
  variables?: Record<string, unknown>,
  token?: string,
): Promise<GraphqlResponse<T>> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T | null; errors?: GraphqlError[] };
  return { status: response.status, headers: response.headers, data: body.data ?? null, errors: body.errors };
}

/** A client bound to one token; `ok` fails the test with the server's errors if there are any. */
export class GraphqlClient {
  constructor(
    private readonly baseUrl: string,
    private readonly token?: string,
  ) {}

  request<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GraphqlResponse<T>> {
    return graphqlRequest<T>(this.baseUrl, query, variables, this.token);
  }

  async ok<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<T> {
    const response = await this.request<T>(query, variables);
    if (response.errors?.length || !response.data) {
      throw new Error(`GraphQL errors: ${JSON.stringify(response.errors ?? response)}`);
    }
    return response.data;
  }

  /** The error code of a request expected to fail. */
  async errorCode(query: string, variables?: Record<string, unknown>): Promise<string | undefined> {
    const response = await this.request(query, variables);
    return response.errors?.[0]?.extensions?.code;
  }
}
