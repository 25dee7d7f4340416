import { GraphqlClient } from '@allmende/testing';
import { countQueries } from '@allmende/testing';
import { startTestPlatform, TestPlatform } from './support/test-platform';
import { waitFor } from './support/wait-for';

const CREATE_NAMESPACE = `mutation($input: CreateNamespaceInput!) { createNamespace(input: $input) { slug } }`;
const ADD_MEMBER = `mutation($input: AddMemberInput!) { addMember(input: $input) { role } }`;
const CREATE_REPOSITORY = `mutation($input: CreateRepositoryInput!) {
  createRepository(input: $input) { id name fullName cloneUrl visibility defaultBranch headCommit namespace { slug } } }`;
const REPOSITORY = `query($ns: String!, $name: String!) { repository(namespace: $ns, name: $name) { id fullName } }`;
const LISTING = `query($first: Int, $after: String) { repositories(first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { cursor node { fullName } } } }`;
const DELETE = `mutation($id: ID!) { deleteRepository(id: $id) }`;

type Listing = { repositories: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: { fullName: string } }[] } };

describe('repositories', () => {
  let platform: TestPlatform;
  let owner: GraphqlClient;
  let maintainer: GraphqlClient;
  let developer: GraphqlClient;
  let outsider: GraphqlClient;
  let admin: GraphqlClient;
  let anonymous: GraphqlClient;

  beforeAll(async () => {
    platform = await startTestPlatform();
    owner = platform.client(await platform.userWithToken('olga'));
    maintainer = platform.client(await platform.userWithToken('max'));
    developer = platform.client(await platform.userWithToken('dora'));
    outsider = platform.client(await platform.userWithToken('otto'));
    admin = platform.client(await platform.userWithToken('root-admin', { platformRoles: ['ADMIN'], scopes: ['ADMIN'] }));
    anonymous = platform.client();
    await owner.ok(CREATE_NAMESPACE, { input: { slug: 'stadt', displayName: 'Stadt', kind: 'MUNICIPALITY' } });
    await owner.ok(CREATE_NAMESPACE, { input: { slug: 'intern', displayName: 'Intern', kind: 'STATE', visibility: 'PRIVATE' } });
    await owner.ok(ADD_MEMBER, { input: { namespace: 'stadt', username: 'max', role: 'MAINTAINER' } });
    await owner.ok(ADD_MEMBER, { input: { namespace: 'stadt', username: 'dora', role: 'DEVELOPER' } });
    for (const [name, visibility] of [['offen', 'PUBLIC'], ['angemeldet', 'INTERNAL'], ['privat', 'PRIVATE']]) {
      await owner.ok(CREATE_REPOSITORY, { input: { namespace: 'stadt', name, visibility } });
    }
    await owner.ok(CREATE_REPOSITORY, { input: { namespace: 'intern', name: 'werkzeuge', visibility: 'PRIVATE' } });
  });
  afterAll(() => platform.close());

  it('are created with their clone URL, default branch and no commit yet', async () => {
    const created = await maintainer.ok<{ createRepository: Record<string, unknown> }>(CREATE_REPOSITORY, {
      input: { namespace: 'stadt', name: 'Formulare.v2', description: 'Formulare', visibility: 'PUBLIC' },
    });
    expect(created.createRepository).toMatchObject({
      name: 'Formulare.v2',
      fullName: 'stadt/Formulare.v2',
      cloneUrl: `${platform.url}/git/stadt/Formulare.v2.git`,
      visibility: 'PUBLIC',
      defaultBranch: 'main',
      headCommit: null,
      namespace: { slug: 'stadt' },
    });
    expect(await owner.errorCode(CREATE_REPOSITORY, { input: { namespace: 'stadt', name: 'formulare.V2', visibility: 'PUBLIC' } })).toBe('CONFLICT');
  });

  it.each([
    '..', 'a..b', '.hidden', '-rf', '--upload-pack=x', 'x.git', 'a/b', 'a\\b', '%2e%2e', '%2f', 'repo\u2024', 'ｒｅｐｏ', '', 'x'.repeat(101), 'api',
  ])('refuse the name %p with BAD_USER_INPUT and store nothing', async (name) => {
    const before = await platform.dataSource.query('SELECT count(*)::int AS n FROM repositories');
    expect(await owner.errorCode(CREATE_REPOSITORY, { input: { namespace: 'stadt', name, visibility: 'PUBLIC' } })).toBe('BAD_USER_INPUT');
    expect(await platform.dataSource.query('SELECT count(*)::int AS n FROM repositories')).toEqual(before);
  });

  it('need MAINTAINER in the namespace; outsiders of private namespaces learn nothing', async () => {
    expect(await developer.errorCode(CREATE_REPOSITORY, { input: { namespace: 'stadt', name: 'neu', visibility: 'PUBLIC' } })).toBe('FORBIDDEN');
    expect(await outsider.errorCode(CREATE_REPOSITORY, { input: { namespace: 'stadt', name: 'neu', visibility: 'PUBLIC' } })).toBe('FORBIDDEN');
    expect(await outsider.errorCode(CREATE_REPOSITORY, { input: { namespace: 'intern', name: 'neu', visibility: 'PRIVATE' } })).toBe('NOT_FOUND');
    expect(await owner.errorCode(CREATE_REPOSITORY, { input: { namespace: 'intern', name: 'neu', visibility: 'PUBLIC' } })).toBe('BAD_USER_INPUT');
  });

  it.each([
    ['anonymous', ['stadt/offen']],
    ['outsider', ['stadt/offen', 'stadt/angemeldet']],
    ['developer', ['stadt/offen', 'stadt/angemeldet', 'stadt/privat']],
    ['admin', ['stadt/offen', 'stadt/angemeldet', 'stadt/privat', 'intern/werkzeuge']],
  ] as const)('are visible to %s according to their visibility', async (who, visible) => {
    const client = { anonymous, outsider, developer, admin }[who];
    for (const fullName of ['stadt/offen', 'stadt/angemeldet', 'stadt/privat', 'intern/werkzeuge']) {
      const [ns, name] = fullName.split('/');
      const found = await client.ok<{ repository: { fullName: string } | null }>(REPOSITORY, { ns, name });
      expect([fullName, found.repository?.fullName ?? null]).toEqual([fullName, visible.includes(fullName as never) ? fullName : null]);
    }
    const listed = (await client.ok<Listing>(LISTING, { first: 100 })).repositories.edges.map((edge) => edge.node.fullName);
    for (const fullName of ['stadt/offen', 'stadt/angemeldet', 'stadt/privat', 'intern/werkzeuge']) {
      expect([fullName, listed.includes(fullName)]).toEqual([fullName, visible.includes(fullName as never)]);
    }
    const inNamespace = await client.ok<{ namespace: { repositories: { edges: { node: { fullName: string } }[] } } }>(
      '{ namespace(slug: "stadt") { repositories(first: 100) { edges { node { fullName } } } } }',
    );
    expect(inNamespace.namespace.repositories.edges.map((edge) => edge.node.fullName)).not.toContain('intern/werkzeuge');
  });

  it('are deleted by owners only: hidden at once, name free again, data purged by the worker', async () => {
    const created = await owner.ok<{ createRepository: { id: string } }>(CREATE_REPOSITORY, {
      input: { namespace: 'stadt', name: 'kurzlebig', visibility: 'PUBLIC' },
    });
    const id = created.createRepository.id;
    expect(await maintainer.errorCode(DELETE, { id })).toBe('FORBIDDEN');
    expect(await owner.ok(DELETE, { id })).toEqual({ deleteRepository: true });
    expect(await anonymous.ok(REPOSITORY, { ns: 'stadt', name: 'kurzlebig' })).toEqual({ repository: null });
    expect(await owner.errorCode(DELETE, { id })).toBe('NOT_FOUND');
    await owner.ok(CREATE_REPOSITORY, { input: { namespace: 'stadt', name: 'kurzlebig', visibility: 'PUBLIC' } });
    await waitFor(async () => (await platform.dataSource.query('SELECT 1 FROM repositories WHERE id = $1', [id])).length === 0);
  });

  it('answer NOT_FOUND for unknown, invisible and malformed ids', async () => {
    const [hidden] = await platform.dataSource.query(`SELECT id FROM repositories WHERE name = 'werkzeuge'`);
    expect(await outsider.errorCode(DELETE, { id: hidden.id })).toBe('NOT_FOUND');
    expect(await owner.errorCode(DELETE, { id: '00000000-0000-4000-8000-000000000000' })).toBe('NOT_FOUND');
    expect(await owner.errorCode(DELETE, { id: "1'; DROP TABLE repositories; --" })).toBe('NOT_FOUND');
  });

  describe('listing', () => {
    beforeAll(async () => {
      await owner.ok(CREATE_NAMESPACE, { input: { slug: 'viele', displayName: 'Viele', kind: 'FEDERAL' } });
      for (let i = 0; i < 25; i++) {
        await owner.ok(CREATE_REPOSITORY, { input: { namespace: 'viele', name: `repo-${i}`, visibility: 'PUBLIC' } });
      }
    });

    it('pages through every repository exactly once', async () => {
      const seen: string[] = [];
      let after: string | null = null;
      let total = 0;
      for (;;) {
        const page: Listing = await anonymous.ok<Listing>(LISTING, { first: 10, after });
        total = page.repositories.totalCount;
        seen.push(...page.repositories.edges.map((edge) => edge.node.fullName));
        if (!page.repositories.pageInfo.hasNextPage) break;
        after = page.repositories.pageInfo.endCursor;
      }
      expect(new Set(seen).size).toBe(seen.length);
      expect(seen).toHaveLength(total);
      expect(seen.filter((name) => name.startsWith('viele/'))).toHaveLength(25);
    });

    it.each([
      [{ first: 101 }, 'BAD_USER_INPUT'],
      [{ first: -1 }, 'BAD_USER_INPUT'],
      [{ first: 10, after: 'not-a-cursor' }, 'BAD_USER_INPUT'],
    ])('refuses %p', async (variables, code) => {
      expect(await anonymous.errorCode(LISTING, variables)).toBe(code);
    });

    it('costs the same few SQL statements for 10 or 100 repositories with their namespaces', async () => {
      for (let i = 25; i < 100; i++) {
        await owner.ok(CREATE_REPOSITORY, { input: { namespace: i % 2 ? 'viele' : 'stadt', name: `mehr-${i}`, visibility: 'PUBLIC' } });
      }
      const query = `query($first: Int) { repositories(first: $first) { totalCount edges { node { fullName cloneUrl namespace { slug kind displayName } } } } }`;
      const small = await countQueries(platform.dataSource, () => anonymous.ok<Listing>(query, { first: 10 }));
      const large = await countQueries(platform.dataSource, () => anonymous.ok<Listing>(query, { first: 100 }));
      expect(large.result.repositories.edges).toHaveLength(100);
      // One page query joined with namespaces, one count.
      expect(small.queries).toHaveLength(2);
      expect(large.queries).toHaveLength(2);
    });
  });
});
