import { createHash } from 'node:crypto';
import { GraphqlClient } from '@allmende/testing';
import { startTestPlatform, TestPlatform } from './support/test-platform';
import { waitFor } from './support/wait-for';

// Deliberately not in the almp_ format: operators may configure any long random secret.
const ADMIN_TOKEN = 'operator-secret-' + 'Zq7'.repeat(12);

const ME = `{ me { username } }`;
const MY_TOKENS = `{ me { accessTokens { id name scopes displayPrefix expiresAt revokedAt lastUsedAt createdAt } } }`;
const CREATE_TOKEN = `mutation($input: CreateAccessTokenInput!) {
  createAccessToken(input: $input) { token accessToken { id name scopes displayPrefix expiresAt revokedAt lastUsedAt createdAt } } }`;
const REVOKE_TOKEN = `mutation($id: ID!) { revokeAccessToken(id: $id) }`;
const CREATE_NAMESPACE = `mutation($input: CreateNamespaceInput!) { createNamespace(input: $input) { slug } }`;
const ADD_MEMBER = `mutation($input: AddMemberInput!) { addMember(input: $input) { role } }`;
const PUBLIC_NAMESPACE = `{ namespace(slug: "offen") { slug } }`;

interface AccessToken {
  id: string;
  name: string;
  scopes: string[];
  displayPrefix: string;
  expiresAt: string | null;
  revokedAt: string | null;
  lastUsedAt: string | null;
  createdAt: string;
}
interface Created {
  token: string;
  accessToken: AccessToken;
}

const DAY_MS = 86_400_000;
const inDays = (days: number) => new Date(Date.now() + days * DAY_MS).toISOString();
const sha256 = (value: string) => createHash('sha256').update(value, 'utf8').digest('hex');

/** A raw request, for Authorization headers the GraphQL client would never send. */
async function withAuthorization(platform: TestPlatform, authorization: string, query = ME) {
  const response = await fetch(`${platform.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
  return { status: response.status, body, code: body.errors?.[0]?.extensions?.code };
}

describe('access tokens', () => {
  let platform: TestPlatform;
  let admin: GraphqlClient;
  let olga: GraphqlClient;
  let otto: GraphqlClient;

  async function create(client: GraphqlClient, input: Record<string, unknown>): Promise<Created> {
    return (await client.ok<{ createAccessToken: Created }>(CREATE_TOKEN, { input: { name: 'test', ...input } })).createAccessToken;
  }
  const createCode = (client: GraphqlClient, input: Record<string, unknown>) =>
    client.errorCode(CREATE_TOKEN, { input: { name: 'test', ...input } });
  const as = async (username: string, options?: Parameters<TestPlatform['userWithToken']>[1]) =>
    platform.client(await platform.userWithToken(username, options));
  const tokensOf = async (client: GraphqlClient) => (await client.ok<{ me: { accessTokens: AccessToken[] } }>(MY_TOKENS)).me.accessTokens;

  beforeAll(async () => {
    platform = await startTestPlatform({ ALLMENDE_ADMIN_TOKEN: ADMIN_TOKEN });
    admin = platform.client(ADMIN_TOKEN);
    olga = await as('olga');
    otto = await as('otto');
    await olga.ok(CREATE_NAMESPACE, { input: { slug: 'offen', displayName: 'Offen', kind: 'OTHER' } });
  });
  afterAll(() => platform.close());

  describe('creation', () => {
    it('returns the token once, in a recognisable format, with the defaults', async () => {
      const before = Date.now();
      const { token, accessToken } = await create(olga, { name: '  ci pipeline ', scopes: ['READ', 'READ'] });
      expect(token).toMatch(/^almp_[A-Za-z0-9_-]{43}$/);
      expect(accessToken).toMatchObject({ name: 'ci pipeline', scopes: ['READ'], displayPrefix: token.slice(0, 12), revokedAt: null, lastUsedAt: null });
      // 90 days by default.
      const lifetime = Date.parse(accessToken.expiresAt!) - before;
      expect(lifetime).toBeGreaterThan(90 * DAY_MS - 60_000);
      expect(lifetime).toBeLessThan(90 * DAY_MS + 60_000);
      expect(await platform.client(token).ok(ME)).toEqual({ me: { username: 'olga' } });
    });

    it('makes a different secret every time', async () => {
      const tokens = await Promise.all(Array.from({ length: 5 }, () => create(olga, { scopes: ['READ'] })));
      expect(new Set(tokens.map(({ token }) => token)).size).toBe(5);
      expect(new Set(tokens.map(({ accessToken }) => accessToken.displayPrefix)).size).toBe(5);
    });

    it('lists tokens by prefix and scopes, never the token or its hash', async () => {
      const { token, accessToken } = await create(olga, { name: 'listed', scopes: ['READ', 'WRITE'] });
      const listing = await olga.request(MY_TOKENS);
      const listed = (listing.data as { me: { accessTokens: AccessToken[] } }).me.accessTokens.find(({ id }) => id === accessToken.id);
      expect(listed).toEqual({ ...accessToken, lastUsedAt: null });
      expect(listed!.scopes.sort()).toEqual(['READ', 'WRITE']);
      const everything = JSON.stringify(listing);
      expect(everything).not.toContain(token);
      expect(everything).not.toContain(token.slice(12));
      expect(everything).not.toContain(sha256(token));
    });

    it('has no field in the schema that could carry the secret afterwards', async () => {
      const fields = await platform.client().ok<{ __type: { fields: { name: string }[] } }>(`{ __type(name: "AccessToken") { fields { name } } }`);
      expect(fields.__type.fields.map(({ name }) => name).sort()).toEqual(
        ['createdAt', 'displayPrefix', 'expiresAt', 'id', 'lastUsedAt', 'name', 'revokedAt', 'scopes'],
      );
    });

    it('stores only the SHA-256 hex digest of the token', async () => {
      const { token, accessToken } = await create(olga, { name: 'hashed', scopes: ['READ'] });
      const [row] = await platform.dataSource.query('SELECT * FROM access_tokens WHERE id = $1', [accessToken.id]);
      expect(row.token_hash).toBe(sha256(token));
      const table = JSON.stringify(await platform.dataSource.query('SELECT * FROM access_tokens'));
      expect(table).not.toContain(token);
      expect(table).not.toContain(token.slice(12));
    });

    it('does not accept the stored hash or the display prefix in place of the token', async () => {
      const { token } = await create(olga, { scopes: ['READ'] });
      expect(await platform.client(sha256(token)).errorCode(ME)).toBe('UNAUTHENTICATED');
      expect(await platform.client(token.slice(0, 12)).errorCode(ME)).toBe('UNAUTHENTICATED');
      expect(await platform.client(token.toUpperCase()).errorCode(ME)).toBe('UNAUTHENTICATED');
      expect(await platform.client(token.slice(0, -1)).errorCode(ME)).toBe('UNAUTHENTICATED');
    });

    it('limits what the new token can do to its scopes', async () => {
      const reader = platform.client((await create(olga, { scopes: ['READ'] })).token);
      expect(await reader.ok(PUBLIC_NAMESPACE)).toEqual({ namespace: { slug: 'offen' } });
      expect(await reader.errorCode(CREATE_NAMESPACE, { input: { slug: 'lesend', displayName: 'X', kind: 'OTHER' } })).toBe('FORBIDDEN');
      // A read-only token cannot mint itself a way out.
      expect(await createCode(reader, { scopes: ['READ'] })).toBe('FORBIDDEN');
      expect(await createCode(reader, { scopes: ['WRITE'] })).toBe('FORBIDDEN');
    });

    it('refuses scopes the creating token does not have', async () => {
      expect(await createCode(olga, { scopes: ['ADMIN'] })).toBe('FORBIDDEN');
      expect(await createCode(olga, { scopes: ['REVIEW'] })).toBe('FORBIDDEN');
      expect(await createCode(olga, { scopes: ['READ', 'ADMIN'] })).toBe('FORBIDDEN');
      expect(await create(olga, { scopes: ['READ', 'WRITE'] })).toBeTruthy();

      // The role alone is not enough: the creating token must carry the scope too.
      const reviewerWriting = await as('rita', { platformRoles: ['REVIEWER'], scopes: ['WRITE'] });
      expect(await createCode(reviewerWriting, { scopes: ['REVIEW'] })).toBe('FORBIDDEN');
      const reviewer = await as('rita', { scopes: ['WRITE', 'REVIEW'] });
      expect((await create(reviewer, { scopes: ['REVIEW'] })).accessToken.scopes).toEqual(['REVIEW']);

      const adminWriting = await as('ada', { platformRoles: ['ADMIN'], scopes: ['WRITE'] });
      expect(await createCode(adminWriting, { scopes: ['ADMIN'] })).toBe('FORBIDDEN');
      expect(await createCode(adminWriting, { scopes: ['REVIEW'] })).toBe('FORBIDDEN');
    });

    it('refuses REVIEW and ADMIN scopes for users without the matching platform role', async () => {
      expect(await createCode(admin, { scopes: ['REVIEW'], forUser: 'olga' })).toBe('BAD_USER_INPUT');
      expect(await createCode(admin, { scopes: ['ADMIN'], forUser: 'olga' })).toBe('BAD_USER_INPUT');
      expect(await createCode(admin, { scopes: ['ADMIN'], forUser: 'rita' })).toBe('BAD_USER_INPUT');
      expect((await create(admin, { scopes: ['REVIEW'], forUser: 'rita' })).accessToken.scopes).toEqual(['REVIEW']);
      // Administrators may review.
      expect((await create(admin, { scopes: ['REVIEW', 'ADMIN'] })).accessToken.scopes.sort()).toEqual(['ADMIN', 'REVIEW']);
    });

    it.each([
      ['an expiry in the past', { expiresAt: inDays(-1) }],
      ['an expiry a second ago', { expiresAt: new Date(Date.now() - 1000).toISOString() }],
      ['an expiry beyond 366 days', { expiresAt: inDays(367) }],
      ['an expiry years away', { expiresAt: inDays(3650) }],
      ['an expiry that is not a date', { expiresAt: 'next tuesday' }],
      ['a blank name', { name: '   ' }],
      ['a name over 100 characters', { name: 'n'.repeat(101) }],
      ['no scopes', { scopes: [] }],
      ['an unknown scope', { scopes: ['ROOT'] }],
    ])('refuses %s as BAD_USER_INPUT', async (_why, override) => {
      const before = (await tokensOf(otto)).length;
      expect(await createCode(otto, { scopes: ['READ'], ...override })).toBe('BAD_USER_INPUT');
      expect(await tokensOf(otto)).toHaveLength(before);
    });

    it('accepts an expiry up to a year ahead', async () => {
      const expiresAt = inDays(365);
      expect(Date.parse((await create(otto, { scopes: ['READ'], expiresAt })).accessToken.expiresAt!)).toBe(Date.parse(expiresAt));
    });
  });

  describe('forUser', () => {
    it('lets an administrator create a token for another user, listed only for that user', async () => {
      const { token, accessToken } = await create(admin, { name: 'for otto', scopes: ['WRITE'], forUser: 'otto' });
      expect(await platform.client(token).ok(ME)).toEqual({ me: { username: 'otto' } });
      expect((await tokensOf(otto)).map(({ id }) => id)).toContain(accessToken.id);
      expect((await tokensOf(admin)).map(({ id }) => id)).not.toContain(accessToken.id);
    });

    it('answers NOT_FOUND to an administrator naming an unknown user', async () => {
      expect(await createCode(admin, { scopes: ['READ'], forUser: 'niemand' })).toBe('NOT_FOUND');
    });

    it('is FORBIDDEN to everyone else, whether or not the user exists', async () => {
      expect(await createCode(olga, { scopes: ['READ'], forUser: 'otto' })).toBe('FORBIDDEN');
      expect(await createCode(olga, { scopes: ['READ'], forUser: 'niemand' })).toBe('FORBIDDEN');
      const adminWriting = await as('ada', { platformRoles: ['ADMIN'], scopes: ['WRITE'] });
      expect(await createCode(adminWriting, { scopes: ['READ'], forUser: 'otto' })).toBe('FORBIDDEN');
    });

    it('may name the caller', async () => {
      const { token } = await create(olga, { scopes: ['READ'], forUser: 'olga' });
      expect(await platform.client(token).ok(ME)).toEqual({ me: { username: 'olga' } });
    });
  });

  describe('listing', () => {
    it("shows nobody another user's tokens, administrators included", async () => {
      await olga.ok(ADD_MEMBER, { input: { namespace: 'offen', username: 'otto', role: 'DEVELOPER' } });
      const query = `{ namespace(slug: "offen") { members { edges { node { user { username accessTokens { id } } } } } } }`;
      for (const viewer of [otto, admin, platform.client()]) {
        const data = await viewer.ok<{ namespace: { members: { edges: { node: { user: { username: string; accessTokens: unknown[] } } }[] } } }>(query);
        const olgas = data.namespace.members.edges.find(({ node }) => node.user.username === 'olga');
        expect(olgas!.node.user.accessTokens).toEqual([]);
      }
      const own = await olga.ok<{ namespace: { members: { edges: { node: { user: { username: string; accessTokens: unknown[] } } }[] } } }>(query);
      expect(own.namespace.members.edges.find(({ node }) => node.user.username === 'olga')!.node.user.accessTokens.length).toBeGreaterThan(0);
    });

    it('records when a token was last used', async () => {
      const { token, accessToken } = await create(olga, { scopes: ['READ'] });
      await platform.client(token).ok(ME);
      await waitFor(async () => (await tokensOf(olga)).find(({ id }) => id === accessToken.id)?.lastUsedAt !== null, 5_000, 50);
    });
  });

  describe('revocation', () => {
    it('makes the token fail on the next request, for public queries too', async () => {
      const { token, accessToken } = await create(olga, { name: 'short-lived', scopes: ['WRITE'] });
      const client = platform.client(token);
      expect(await client.ok(ME)).toEqual({ me: { username: 'olga' } });
      expect(await olga.ok(REVOKE_TOKEN, { id: accessToken.id })).toEqual({ revokeAccessToken: true });

      expect(await client.errorCode(ME)).toBe('UNAUTHENTICATED');
      expect(await client.errorCode(PUBLIC_NAMESPACE)).toBe('UNAUTHENTICATED');
      expect(await client.errorCode(CREATE_NAMESPACE, { input: { slug: 'zu-spaet', displayName: 'X', kind: 'OTHER' } })).toBe('UNAUTHENTICATED');
      // Not even what no resolver answers: a revoked token is refused before anything runs.
      expect(await client.errorCode('{ __typename }')).toBe('UNAUTHENTICATED');

      const listed = (await tokensOf(olga)).find(({ id }) => id === accessToken.id);
      expect(listed!.revokedAt).not.toBeNull();
    });

    it('is idempotent, and a token may revoke itself', async () => {
      const { token, accessToken } = await create(olga, { scopes: ['WRITE'] });
      const client = platform.client(token);
      expect(await client.ok(REVOKE_TOKEN, { id: accessToken.id })).toEqual({ revokeAccessToken: true });
      expect(await client.errorCode(ME)).toBe('UNAUTHENTICATED');
      const [{ revoked_at: first }] = await platform.dataSource.query('SELECT revoked_at FROM access_tokens WHERE id = $1', [accessToken.id]);
      expect(await olga.ok(REVOKE_TOKEN, { id: accessToken.id })).toEqual({ revokeAccessToken: true });
      const [{ revoked_at: second }] = await platform.dataSource.query('SELECT revoked_at FROM access_tokens WHERE id = $1', [accessToken.id]);
      expect(second).toEqual(first);
    });

    it("answers NOT_FOUND for someone else's token, and the token keeps working", async () => {
      const { token, accessToken } = await create(olga, { scopes: ['READ'] });
      expect(await otto.errorCode(REVOKE_TOKEN, { id: accessToken.id })).toBe('NOT_FOUND');
      const adminWriting = await as('ada', { platformRoles: ['ADMIN'], scopes: ['WRITE'] });
      expect(await adminWriting.errorCode(REVOKE_TOKEN, { id: accessToken.id })).toBe('NOT_FOUND');
      expect(await platform.client(token).ok(ME)).toEqual({ me: { username: 'olga' } });
    });

    it('answers NOT_FOUND for ids that name no token', async () => {
      expect(await olga.errorCode(REVOKE_TOKEN, { id: '00000000-0000-4000-8000-000000000000' })).toBe('NOT_FOUND');
      expect(await olga.errorCode(REVOKE_TOKEN, { id: 'not-a-uuid' })).toBe('NOT_FOUND');
      expect(await olga.errorCode(REVOKE_TOKEN, { id: "1' OR '1'='1" })).toBe('NOT_FOUND');
    });

    it("lets an administrator revoke anyone's token", async () => {
      const { token, accessToken } = await create(olga, { name: 'leaked', scopes: ['READ'] });
      expect(await admin.ok(REVOKE_TOKEN, { id: accessToken.id })).toEqual({ revokeAccessToken: true });
      expect(await platform.client(token).errorCode(ME)).toBe('UNAUTHENTICATED');
    });
  });

  it('stop working once expired', async () => {
    const { token, accessToken } = await create(olga, { name: 'expiring', scopes: ['READ'] });
    const client = platform.client(token);
    expect(await client.ok(ME)).toEqual({ me: { username: 'olga' } });
    await platform.dataSource.query(`UPDATE access_tokens SET expires_at = now() - interval '1 minute' WHERE id = $1`, [accessToken.id]);
    expect(await client.errorCode(ME)).toBe('UNAUTHENTICATED');
    expect(await client.errorCode(PUBLIC_NAMESPACE)).toBe('UNAUTHENTICATED');
  });

  describe('the Authorization header', () => {
    it.each([
      ['a scheme without a token', 'Bearer'],
      ['an unknown token', 'Bearer almp_unknown'],
      ['a well-formed token nobody issued', `Bearer almp_${'A'.repeat(43)}`],
      ['two tokens', 'Bearer almp_a almp_b'],
      ['an unknown scheme', 'Token abc'],
      ['basic auth that is not base64 of user:password', 'Basic !!!'],
      ['basic auth without a password', `Basic ${Buffer.from('olga:').toString('base64')}`],
      ['an oversized token', `Bearer ${'x'.repeat(600)}`],
      ['garbage', '\u00ff\u00fe'],
    ])('answers %s with UNAUTHENTICATED (401), never as anonymous', async (_why, header) => {
      const answer = await withAuthorization(platform, header);
      expect(answer.code).toBe('UNAUTHENTICATED');
      expect(answer.status).toBe(401);
      expect(answer.body.data ?? null).toBeNull();
    });

    it('accepts the scheme in any case, and basic auth with the token as password', async () => {
      const { token } = await create(olga, { scopes: ['READ'] });
      expect((await withAuthorization(platform, `bearer ${token}`)).body).toEqual({ data: { me: { username: 'olga' } } });
      const basic = `Basic ${Buffer.from(`anyone:${token}`).toString('base64')}`;
      expect((await withAuthorization(platform, basic)).body).toEqual({ data: { me: { username: 'olga' } } });
    });
  });

  describe('ALLMENDE_ADMIN_TOKEN', () => {
    it('signs in as the user admin, who has the ADMIN role', async () => {
      expect(await admin.ok(`{ me { username platformRoles } }`)).toEqual({ me: { username: 'admin', platformRoles: ['ADMIN'] } });
      const [row] = await platform.dataSource.query(`SELECT platform_roles FROM users WHERE username = 'admin'`);
      expect(row.platform_roles).toEqual(['ADMIN']);
    });

    it('is stored hashed like any token, with the ADMIN scope and no expiry', async () => {
      const rows = await platform.dataSource.query(
        `SELECT t.* FROM access_tokens t JOIN users u ON u.id = t.user_id WHERE u.username = 'admin' AND t.bootstrap`,
      );
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ token_hash: sha256(ADMIN_TOKEN), scopes: ['ADMIN'], expires_at: null, revoked_at: null });
      expect(JSON.stringify(await platform.dataSource.query('SELECT * FROM access_tokens'))).not.toContain(ADMIN_TOKEN);
      const listing = await admin.request(MY_TOKENS);
      expect(JSON.stringify(listing)).not.toContain(ADMIN_TOKEN);
      expect((listing.data as { me: { accessTokens: AccessToken[] } }).me.accessTokens).toContainEqual(
        expect.objectContaining({ name: 'ALLMENDE_ADMIN_TOKEN', scopes: ['ADMIN'], expiresAt: null }),
      );
    });

    it('acts with full administrator powers', async () => {
      expect(await admin.ok(`mutation { createUser(input: { username: "neu", displayName: "Neu" }) { username } }`)).toEqual({
        createUser: { username: 'neu' },
      });
    });
  });
});
