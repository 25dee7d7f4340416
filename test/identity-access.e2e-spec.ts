import { createHash } from 'node:crypto';
import { GraphqlClient } from '@allmende/testing';
import { startTestPlatform, TestPlatform } from './support/test-platform';

const ADMIN_TOKEN = 'adm_' + 'k'.repeat(40);

const CREATE_USER = `mutation($input: CreateUserInput!) { createUser(input: $input) { id username platformRoles } }`;
const CREATE_NAMESPACE = `mutation($input: CreateNamespaceInput!) { createNamespace(input: $input) { slug kind visibility viewerRole } }`;
const ADD_MEMBER = `mutation($input: AddMemberInput!) { addMember(input: $input) { role user { username } } }`;
const REMOVE_MEMBER = `mutation($input: RemoveMemberInput!) { removeMember(input: $input) }`;
const CREATE_TOKEN = `mutation($input: CreateAccessTokenInput!) { createAccessToken(input: $input) { token accessToken { id name scopes displayPrefix expiresAt } } }`;
const REVOKE_TOKEN = `mutation($id: ID!) { revokeAccessToken(id: $id) }`;
const NAMESPACE = `query($slug: String!) { namespace(slug: $slug) { slug displayName viewerRole members(first: 10) { totalCount edges { node { role user { username } } } } } }`;

describe('identity and access', () => {
  let platform: TestPlatform;
  let admin: GraphqlClient;
  let anonymous: GraphqlClient;
  let owner: GraphqlClient;
  let maintainer: GraphqlClient;
  let developer: GraphqlClient;
  let outsider: GraphqlClient;

  beforeAll(async () => {
    platform = await startTestPlatform({ ALLMENDE_ADMIN_TOKEN: ADMIN_TOKEN });
    admin = platform.client(ADMIN_TOKEN);
    anonymous = platform.client();
    owner = platform.client(await platform.userWithToken('olga'));
    maintainer = platform.client(await platform.userWithToken('max'));
    developer = platform.client(await platform.userWithToken('dora'));
    outsider = platform.client(await platform.userWithToken('otto'));
    await owner.ok(CREATE_NAMESPACE, { input: { slug: 'stadt-a', displayName: 'Stadt A', kind: 'MUNICIPALITY' } });
    await owner.ok(CREATE_NAMESPACE, { input: { slug: 'geheim', displayName: 'Geheim', kind: 'STATE', visibility: 'PRIVATE' } });
    await owner.ok(ADD_MEMBER, { input: { namespace: 'stadt-a', username: 'max', role: 'MAINTAINER' } });
    await owner.ok(ADD_MEMBER, { input: { namespace: 'stadt-a', username: 'dora', role: 'DEVELOPER' } });
  });
  afterAll(() => platform.close());

  describe('anonymous callers', () => {
    it('are nobody', async () => {
      expect(await anonymous.ok('{ me { username } }')).toEqual({ me: null });
    });

    it('read public namespaces but cannot tell private ones exist', async () => {
      expect(await anonymous.ok(NAMESPACE, { slug: 'stadt-a' })).toMatchObject({ namespace: { slug: 'stadt-a', viewerRole: null } });
      const hidden = await anonymous.request(NAMESPACE, { slug: 'geheim' });
      expect(hidden).toMatchObject({ data: { namespace: null } });
      expect(hidden.errors).toBeUndefined();
      expect(await anonymous.ok(NAMESPACE, { slug: 'gibt-es-nicht' })).toEqual({ namespace: null });
    });

    it.each([
      [CREATE_USER, { input: { username: 'x', displayName: 'X' } }],
      [CREATE_NAMESPACE, { input: { slug: 'x', displayName: 'X', kind: 'OTHER' } }],
      [ADD_MEMBER, { input: { namespace: 'stadt-a', username: 'otto', role: 'OWNER' } }],
      [CREATE_TOKEN, { input: { name: 'x', scopes: ['READ'] } }],
    ])('are refused mutations with UNAUTHENTICATED: %s', async (mutation, variables) => {
      expect(await anonymous.errorCode(mutation, variables)).toBe('UNAUTHENTICATED');
    });
  });

  describe('the bootstrap administrator (ALLMENDE_ADMIN_TOKEN)', () => {
    it('is the user admin with the ADMIN role', async () => {
      expect(await admin.ok('{ me { username platformRoles } }')).toEqual({ me: { username: 'admin', platformRoles: ['ADMIN'] } });
    });

    it('creates users with platform roles; names are unique and checked', async () => {
      const created = await admin.ok<{ createUser: { username: string; platformRoles: string[] } }>(CREATE_USER, {
        input: { username: 'rita', displayName: 'Rita Reviewer', email: 'rita@example.org', platformRoles: ['REVIEWER'] },
      });
      expect(created.createUser).toMatchObject({ username: 'rita', platformRoles: ['REVIEWER'] });
      expect(await admin.errorCode(CREATE_USER, { input: { username: 'rita', displayName: 'Again' } })).toBe('CONFLICT');
      for (const username of ['../x', '-x', 'Rita', 'admin', 'a b']) {
        expect(await admin.errorCode(CREATE_USER, { input: { username, displayName: 'Bad' } })).toBe('BAD_USER_INPUT');
      }
      expect(await admin.errorCode(CREATE_USER, { input: { username: 'eve', displayName: 'Eve', email: 'not-mail' } })).toBe('BAD_USER_INPUT');
    });

    it('sees private namespaces', async () => {
      expect(await admin.ok(NAMESPACE, { slug: 'geheim' })).toMatchObject({ namespace: { slug: 'geheim' } });
    });

    it('creates tokens for other users', async () => {
      const created = await admin.ok<{ createAccessToken: { token: string } }>(CREATE_TOKEN, {
        input: { name: 'for otto', scopes: ['READ'], forUser: 'otto' },
      });
      expect(await platform.client(created.createAccessToken.token).ok('{ me { username } }')).toEqual({ me: { username: 'otto' } });
    });
  });

  it('refuses createUser to non-admins, including admins whose token lacks the ADMIN scope', async () => {
    expect(await owner.errorCode(CREATE_USER, { input: { username: 'y', displayName: 'Y' } })).toBe('FORBIDDEN');
    const adminWithoutScope = platform.client(await platform.userWithToken('ada', { platformRoles: ['ADMIN'], scopes: ['WRITE'] }));
    expect(await adminWithoutScope.errorCode(CREATE_USER, { input: { username: 'y', displayName: 'Y' } })).toBe('FORBIDDEN');
    expect(await owner.errorCode(CREATE_TOKEN, { input: { name: 'x', scopes: ['READ'], forUser: 'otto' } })).toBe('FORBIDDEN');
  });

  describe('namespaces', () => {
    it('make their creator OWNER', async () => {
      expect(await owner.ok(NAMESPACE, { slug: 'stadt-a' })).toMatchObject({ namespace: { viewerRole: 'OWNER' } });
    });

    it('refuse duplicate, reserved and malformed slugs', async () => {
      const create = (slug: string) => owner.errorCode(CREATE_NAMESPACE, { input: { slug, displayName: 'X', kind: 'OTHER' } });
      expect(await create('stadt-a')).toBe('CONFLICT');
      for (const slug of ['api', 'Stadt', '..', 'a/b', '-a', 'x'.repeat(65)]) expect(await create(slug)).toBe('BAD_USER_INPUT');
      expect(await owner.errorCode(CREATE_NAMESPACE, { input: { slug: 'ok', displayName: 'X', kind: 'PLANET' } })).toBe('BAD_USER_INPUT');
    });

    it('cannot be created with a read-only token', async () => {
      const reader = platform.client(await platform.userWithToken('rudi', { scopes: ['READ'] }));
      expect(await reader.errorCode(CREATE_NAMESPACE, { input: { slug: 'lesend', displayName: 'X', kind: 'OTHER' } })).toBe('FORBIDDEN');
    });

    it('stay invisible to non-members when private', async () => {
      expect(await outsider.ok(NAMESPACE, { slug: 'geheim' })).toEqual({ namespace: null });
      expect(await outsider.errorCode(ADD_MEMBER, { input: { namespace: 'geheim', username: 'otto', role: 'DEVELOPER' } })).toBe('NOT_FOUND');
    });

    it('list members with pagination', async () => {
      const page = await owner.ok<{ namespace: { members: { totalCount: number; edges: { node: { role: string; user: { username: string } } }[] } } }>(
        NAMESPACE,
        { slug: 'stadt-a' },
      );
      expect(page.namespace.members.totalCount).toBe(3);
      expect(page.namespace.members.edges.map((edge) => `${edge.node.user.username}:${edge.node.role}`).sort()).toEqual([
        'dora:DEVELOPER',
        'max:MAINTAINER',
        'olga:OWNER',
      ]);
      const first = await owner.ok<{ namespace: { members: { pageInfo: { hasNextPage: boolean; endCursor: string } } } }>(
        `{ namespace(slug: "stadt-a") { members(first: 2) { pageInfo { hasNextPage endCursor } } } }`,
      );
      expect(first.namespace.members.pageInfo.hasNextPage).toBe(true);
      const rest = await owner.ok<{ namespace: { members: { edges: unknown[]; pageInfo: { hasNextPage: boolean } } } }>(
        `query($after: String) { namespace(slug: "stadt-a") { members(first: 2, after: $after) { edges { cursor } pageInfo { hasNextPage } } } }`,
        { after: first.namespace.members.pageInfo.endCursor },
      );
      expect(rest.namespace.members.edges).toHaveLength(1);
      expect(rest.namespace.members.pageInfo.hasNextPage).toBe(false);
    });
  });

  describe('memberships', () => {
    it('let maintainers add developers but not owners; developers add nobody', async () => {
      expect(await maintainer.ok(ADD_MEMBER, { input: { namespace: 'stadt-a', username: 'otto', role: 'DEVELOPER' } })).toEqual({
        addMember: { role: 'DEVELOPER', user: { username: 'otto' } },
      });
      expect(await maintainer.errorCode(ADD_MEMBER, { input: { namespace: 'stadt-a', username: 'otto', role: 'OWNER' } })).toBe('FORBIDDEN');
      expect(await developer.errorCode(ADD_MEMBER, { input: { namespace: 'stadt-a', username: 'rita', role: 'DEVELOPER' } })).toBe('FORBIDDEN');
      expect(await owner.errorCode(ADD_MEMBER, { input: { namespace: 'stadt-a', username: 'niemand', role: 'DEVELOPER' } })).toBe('NOT_FOUND');
      expect(await owner.ok(REMOVE_MEMBER, { input: { namespace: 'stadt-a', username: 'otto' } })).toEqual({ removeMember: true });
      expect(await owner.errorCode(REMOVE_MEMBER, { input: { namespace: 'stadt-a', username: 'otto' } })).toBe('NOT_FOUND');
    });

    it('never leave a namespace without an owner', async () => {
      expect(await owner.errorCode(ADD_MEMBER, { input: { namespace: 'geheim', username: 'olga', role: 'DEVELOPER' } })).toBe('CONFLICT');
      expect(await owner.errorCode(REMOVE_MEMBER, { input: { namespace: 'geheim', username: 'olga' } })).toBe('CONFLICT');
      await owner.ok(ADD_MEMBER, { input: { namespace: 'geheim', username: 'max', role: 'OWNER' } });
      expect(await owner.ok(ADD_MEMBER, { input: { namespace: 'geheim', username: 'olga', role: 'MAINTAINER' } })).toMatchObject({
        addMember: { role: 'MAINTAINER' },
      });
    });
  });

  describe('access tokens', () => {
    it('are shown once and stored only as a SHA-256 hash', async () => {
      const created = await owner.ok<{ createAccessToken: { token: string; accessToken: { id: string; displayPrefix: string } } }>(
        CREATE_TOKEN,
        { input: { name: 'ci', scopes: ['READ'] } },
      );
      const { token, accessToken } = created.createAccessToken;
      expect(token).toMatch(/^almp_[A-Za-z0-9_-]{43}$/);
      expect(token.startsWith(accessToken.displayPrefix)).toBe(true);
      const listing = await owner.request('{ me { accessTokens { id name scopes displayPrefix expiresAt lastUsedAt } } }');
      expect(JSON.stringify(listing)).not.toContain(token);
      const [row] = await platform.dataSource.query('SELECT * FROM access_tokens WHERE id = $1', [accessToken.id]);
      expect(row.token_hash).toBe(createHash('sha256').update(token).digest('hex'));
      expect(JSON.stringify(row)).not.toContain(token);
    });

    it('cannot grant more than the token that creates them, nor roles the owner lacks', async () => {
      const reader = platform.client(await platform.userWithToken('lena', { scopes: ['READ', 'WRITE'] }));
      expect(await reader.errorCode(CREATE_TOKEN, { input: { name: 'x', scopes: ['ADMIN'] } })).toBe('FORBIDDEN');
      expect(await owner.errorCode(CREATE_TOKEN, { input: { name: 'x', scopes: ['REVIEW'] } })).toBe('FORBIDDEN');
      expect(await admin.errorCode(CREATE_TOKEN, { input: { name: 'x', scopes: ['REVIEW'], forUser: 'olga' } })).toBe('BAD_USER_INPUT');
      expect(await admin.errorCode(CREATE_TOKEN, { input: { name: 'x', scopes: ['ADMIN'], forUser: 'olga' } })).toBe('BAD_USER_INPUT');
    });

    it('must expire within a year and not in the past', async () => {
      const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();
      expect(await owner.errorCode(CREATE_TOKEN, { input: { name: 'x', scopes: ['READ'], expiresAt: inDays(-1) } })).toBe('BAD_USER_INPUT');
      expect(await owner.errorCode(CREATE_TOKEN, { input: { name: 'x', scopes: ['READ'], expiresAt: inDays(400) } })).toBe('BAD_USER_INPUT');
      expect(await owner.errorCode(CREATE_TOKEN, { input: { name: '', scopes: ['READ'] } })).toBe('BAD_USER_INPUT');
      expect(await owner.errorCode(CREATE_TOKEN, { input: { name: 'x', scopes: [] } })).toBe('BAD_USER_INPUT');
    });

    it('stop working when revoked, also for public queries', async () => {
      const created = await owner.ok<{ createAccessToken: { token: string; accessToken: { id: string } } }>(CREATE_TOKEN, {
        input: { name: 'short-lived', scopes: ['READ'] },
      });
      const client = platform.client(created.createAccessToken.token);
      expect(await client.ok('{ me { username } }')).toEqual({ me: { username: 'olga' } });
      expect(await outsider.errorCode(REVOKE_TOKEN, { id: created.createAccessToken.accessToken.id })).toBe('NOT_FOUND');
      expect(await owner.ok(REVOKE_TOKEN, { id: created.createAccessToken.accessToken.id })).toEqual({ revokeAccessToken: true });
      expect(await client.errorCode('{ me { username } }')).toBe('UNAUTHENTICATED');
      expect(await client.errorCode(NAMESPACE, { slug: 'stadt-a' })).toBe('UNAUTHENTICATED');
    });

    it('can be revoked by an administrator whoever owns them', async () => {
      const created = await owner.ok<{ createAccessToken: { token: string; accessToken: { id: string } } }>(CREATE_TOKEN, {
        input: { name: 'leaked', scopes: ['READ'] },
      });
      expect(await admin.ok(REVOKE_TOKEN, { id: created.createAccessToken.accessToken.id })).toEqual({ revokeAccessToken: true });
      expect(await platform.client(created.createAccessToken.token).errorCode('{ me { username } }')).toBe('UNAUTHENTICATED');
    });

    it('stop working when expired', async () => {
      const created = await owner.ok<{ createAccessToken: { token: string; accessToken: { id: string } } }>(CREATE_TOKEN, {
        input: { name: 'expiring', scopes: ['READ'] },
      });
      await platform.dataSource.query(`UPDATE access_tokens SET expires_at = now() - interval '1 second' WHERE id = $1`, [
        created.createAccessToken.accessToken.id,
      ]);
      expect(await platform.client(created.createAccessToken.token).errorCode('{ me { username } }')).toBe('UNAUTHENTICATED');
    });

    it.each(['Bearer', 'Bearer almp_unknown', 'Basic !!!', 'Token abc', `Bearer ${'x'.repeat(600)}`])(
      'answer a bad Authorization header %p with UNAUTHENTICATED',
      async (header) => {
        const response = await fetch(`${platform.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: header },
          body: JSON.stringify({ query: '{ me { username } }' }),
        });
        const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
        expect(body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
      },
    );
  });

  it('shows e-mail addresses to their owner and administrators only', async () => {
    const query = `query { namespace(slug: "stadt-a") { members(first: 10) { edges { node { user { username email } } } } } }`;
    await admin.ok(CREATE_USER, { input: { username: 'emma', displayName: 'Emma', email: 'emma@stadt-a.example' } });
    await owner.ok(ADD_MEMBER, { input: { namespace: 'stadt-a', username: 'emma', role: 'DEVELOPER' } });
    const emailSeenBy = async (client: GraphqlClient) => {
      const data = await client.ok<{ namespace: { members: { edges: { node: { user: { username: string; email: string | null } } }[] } } }>(query);
      return data.namespace.members.edges.find((edge) => edge.node.user.username === 'emma')?.node.user.email;
    };
    expect(await emailSeenBy(admin)).toBe('emma@stadt-a.example');
    expect(await emailSeenBy(owner)).toBeNull();
    expect(await emailSeenBy(anonymous)).toBeNull();
    const emma = platform.client(await platform.userWithToken('emma'));
    expect(await emailSeenBy(emma)).toBe('emma@stadt-a.example');
  });
});
