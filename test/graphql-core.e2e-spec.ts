import { GraphqlClient } from '@allmende/testing';
import { startTestPlatform, TestPlatform } from './support/test-platform';

async function post(platform: TestPlatform, body: unknown): Promise<{ status: number; body: { errors?: { message: string; extensions?: { code?: string } }[] } }> {
  const response = await fetch(`${platform.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as never };
}

describe('GraphQL core', () => {
  let platform: TestPlatform;
  let client: GraphqlClient;

  beforeAll(async () => {
    platform = await startTestPlatform();
    client = platform.client(await platform.userWithToken('kim'));
  });
  afterAll(() => platform.close());

  describe('rejects abusive queries with QUERY_TOO_COMPLEX before running them', () => {
    const nested = (depth: number) => {
      // namespace -> repositories -> edges -> node -> namespace -> repositories ... grows 4 levels a round
      let selection = 'slug';
      for (let i = 0; i < depth; i++) selection = `repositories(first: 1) { edges { node { namespace { ${selection} } } } }`;
      return `{ namespace(slug: "x") { ${selection} } }`;
    };

    it.each([
      ['too deep', nested(3)],
      ['too many aliases', `{ ${Array.from({ length: 16 }, (_, i) => `a${i}: me { username }`).join(' ')} }`],
      ['too expensive', '{ repositories(first: 100) { edges { node { namespace { repositories(first: 100) { edges { node { name } } } } } } } }'],
      ['too long', `{ me { username } }${' '.repeat(10_001)}`],
      ['too deeply bracketed for the parser', `{${'a{'.repeat(3_000)}${'}'.repeat(3_001)}`],
      // Under the length limit, over the parser's token limit: one token per character.
      ['too many tokens', `{a${'@b'.repeat(3_000)}}`],
    ])('%s', async (_kind, query) => {
      const answer = await post(platform, { query });
      expect(answer.status).toBe(400);
      expect(answer.body.errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
    });

    it('batched requests', async () => {
      const answer = await post(platform, [{ query: '{ me { username } }' }, { query: '{ me { username } }' }]);
      expect(answer.status).toBe(400);
      expect(answer.body.errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
    });

    it('while an ordinary query at the depth limit still works', async () => {
      expect(await client.ok(nested(2))).toEqual({ namespace: null });
    });
  });

  it.each([
    ['an unknown field', '{ me { password } }', undefined],
    ['a syntax error', '{ me { ', undefined],
    ['a wrongly typed variable', 'query($n: Int) { repositories(first: $n) { totalCount } }', { n: 'many' }],
    ['a missing argument', '{ namespace { slug } }', undefined],
  ])('answers %s with BAD_USER_INPUT', async (_kind, query, variables) => {
    expect(await client.errorCode(query, variables)).toBe('BAD_USER_INPUT');
  });

  it('never shows internal details in errors', async () => {
    const probes = [
      client.request('mutation { deleteRepository(id: "\'; SELECT pg_sleep(1); --") }'),
      client.request('{ repository(namespace: "../../etc", name: "passwd") { id } }'),
      client.request('{ repositories(first: 5, after: "eyJ4IjoxfQ") { totalCount } }'),
    ];
    for (const response of await Promise.all(probes)) {
      const text = JSON.stringify(response);
      expect(text).not.toMatch(/SELECT|INSERT|typeorm|node_modules|\/work\/|at .*\.ts:\d+|stack/i);
    }
  });

  it('allows introspection in development', async () => {
    const answer = await client.request<{ __schema: { queryType: { name: string } } }>('{ __schema { queryType { name } } }');
    expect(answer.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });
});

describe('GraphQL in production', () => {
  let platform: TestPlatform;

  beforeAll(async () => {
    platform = await startTestPlatform({ NODE_ENV: 'production' });
  });
  afterAll(() => platform.close());

  it('refuses introspection', async () => {
    const answer = await platform.graphql('{ __schema { queryType { name } } }');
    expect(answer.data).toBeNull();
    expect(answer.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
