import { GraphqlClient } from '@allmende/testing';
import { startTestPlatform, TestPlatform } from './support/test-platform';
import { waitFor } from './support/wait-for';

const ADMIN_TOKEN = 'bootstrap-' + 'a1'.repeat(20);

const ME = `{ me { id username displayName email platformRoles } }`;
const CREATE_USER = `mutation($input: CreateUserInput!) { createUser(input: $input) { id username displayName email platformRoles } }`;
const CREATE_NAMESPACE = `mutation($input: CreateNamespaceInput!) {
  createNamespace(input: $input) { id slug displayName kind visibility description viewerRole } }`;
const NAMESPACE = `query($slug: String!) { namespace(slug: $slug) { slug kind visibility viewerRole } }`;
const MEMBERS = `query($slug: String!, $first: Int, $after: String) { namespace(slug: $slug) {
  members(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { role user { username } } } } } }`;
const ADD_MEMBER = `mutation($input: AddMemberInput!) { addMember(input: $input) { role user { username } } }`;
const REMOVE_MEMBER = `mutation($input: RemoveMemberInput!) { removeMember(input: $input) }`;
const CREATE_TOKEN = `mutation($input: CreateAccessTokenInput!) { createAccessToken(input: $input) { token accessToken { id scopes } } }`;
const REVOKE_TOKEN = `mutation($id: ID!) { revokeAccessToken(id: $id) }`;
const CREATE_REPOSITORY = `mutation($input: CreateRepositoryInput!) { createRepository(input: $input) { id fullName } }`;
const REPOSITORY = `query($ns: String!, $name: String!) { repository(namespace: $ns, name: $name) { fullName } }`;

type Role = 'OWNER' | 'MAINTAINER' | 'DEVELOPER';
type MembersPage = {
  namespace: {
    members: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      edges: { cursor: string; node: { role: Role; user: { username: string } } }[];
    };
  } | null;
};

const namespaceInput = (slug: string, visibility: 'PUBLIC' | 'PRIVATE' = 'PUBLIC') => ({
  input: { slug, displayName: `Namespace ${slug}`, kind: 'MUNICIPALITY', visibility },
});
const member = (namespace: string, username: string, role: Role) => ({ input: { namespace, username, role } });
const removal = (namespace: string, username: string) => ({ input: { namespace, username } });

describe('identity and access over GraphQL', () => {
  let platform: TestPlatform;
  let admin: GraphqlClient;
  let anonymous: GraphqlClient;
  /** OWNER of every namespace created in beforeAll. */
  let olga: GraphqlClient;
  /** MAINTAINER of stadt-a. */
  let max: GraphqlClient;
  /** DEVELOPER of stadt-a and of the private namespace geheim. */
  let dora: GraphqlClient;
  /** Member of nothing. */
  let otto: GraphqlClient;

  const as = async (username: string, options?: Parameters<TestPlatform['userWithToken']>[1]) =>
    platform.client(await platform.userWithToken(username, options));

  /** Roles by username, read by an administrator so private namespaces work too. */
  async function rolesIn(slug: string): Promise<Record<string, Role>> {
    const page = await admin.ok<MembersPage>(MEMBERS, { slug, first: 100 });
    return Object.fromEntries(page.namespace!.members.edges.map(({ node }) => [node.user.username, node.role]));
  }

  beforeAll(async () => {
    platform = await startTestPlatform({ ALLMENDE_ADMIN_TOKEN: ADMIN_TOKEN });
    admin = platform.client(ADMIN_TOKEN);
    anonymous = platform.client();
    olga = await as('olga');
    max = await as('max');
    dora = await as('dora');
    otto = await as('otto');
    await olga.ok(CREATE_NAMESPACE, namespaceInput('stadt-a'));
    await olga.ok(CREATE_NAMESPACE, namespaceInput('geheim', 'PRIVATE'));
    await olga.ok(ADD_MEMBER, member('stadt-a', 'max', 'MAINTAINER'));
    await olga.ok(ADD_MEMBER, member('stadt-a', 'dora', 'DEVELOPER'));
    await olga.ok(ADD_MEMBER, member('geheim', 'dora', 'DEVELOPER'));
    await olga.ok(CREATE_REPOSITORY, { input: { namespace: 'geheim', name: 'intern', visibility: 'PRIVATE' } });
  });
  afterAll(() => platform.close());

  describe('anonymous callers', () => {
    it('are nobody: me is null', async () => {
      const response = await anonymous.request(ME);
      expect(response.errors).toBeUndefined();
      expect(response.data).toEqual({ me: null });
    });

    it.each([
      ['createUser', CREATE_USER, { input: { username: 'xaver', displayName: 'X' } }],
      ['createNamespace', CREATE_NAMESPACE, namespaceInput('anonym')],
      ['addMember', ADD_MEMBER, member('stadt-a', 'otto', 'DEVELOPER')],
      ['removeMember', REMOVE_MEMBER, removal('stadt-a', 'dora')],
      ['createAccessToken', CREATE_TOKEN, { input: { name: 'x', scopes: ['READ'] } }],
      ['revokeAccessToken', REVOKE_TOKEN, { id: '00000000-0000-4000-8000-000000000000' }],
      ['createRepository', CREATE_REPOSITORY, { input: { namespace: 'stadt-a', name: 'anon', visibility: 'PUBLIC' } }],
    ])('are refused %s with UNAUTHENTICATED and nothing changes', async (_name, mutation, variables) => {
      const response = await anonymous.request(mutation, variables);
      expect(response.errors?.map((error) => error.extensions?.code)).toEqual(['UNAUTHENTICATED']);
      expect(response.data).toBeNull();
      expect(await rolesIn('stadt-a')).toEqual({ olga: 'OWNER', max: 'MAINTAINER', dora: 'DEVELOPER' });
    });

    it('read public namespaces and their members', async () => {
      expect(await anonymous.ok(NAMESPACE, { slug: 'stadt-a' })).toEqual({
        namespace: { slug: 'stadt-a', kind: 'MUNICIPALITY', visibility: 'PUBLIC', viewerRole: null },
      });
      expect((await anonymous.ok<MembersPage>(MEMBERS, { slug: 'stadt-a' })).namespace!.members.totalCount).toBe(3);
    });

    it('get null, not an error, for a private namespace, exactly as for one that does not exist', async () => {
      const hidden = await anonymous.request(NAMESPACE, { slug: 'geheim' });
      const missing = await anonymous.request(NAMESPACE, { slug: 'gibt-es-nicht' });
      expect(hidden.errors).toBeUndefined();
      expect(hidden.data).toEqual({ namespace: null });
      expect(hidden.data).toEqual(missing.data);
      expect(await anonymous.ok(REPOSITORY, { ns: 'geheim', name: 'intern' })).toEqual({ repository: null });
    });
  });

  describe('the bootstrap administrator', () => {
    it('is the user admin with the ADMIN platform role', async () => {
      expect(await admin.ok(ME)).toMatchObject({ me: { username: 'admin', platformRoles: ['ADMIN'] } });
      const [row] = await platform.dataSource.query(`SELECT platform_roles FROM users WHERE username = 'admin'`);
      expect(row.platform_roles).toEqual(['ADMIN']);
    });

    it('creates users with platform roles, who can then be given tokens and sign in', async () => {
      const created = await admin.ok<{ createUser: { username: string; email: string; platformRoles: string[] } }>(CREATE_USER, {
        input: { username: 'rita', displayName: '  Rita Reviewer ', email: 'rita@example.org', platformRoles: ['REVIEWER', 'REVIEWER'] },
      });
      expect(created.createUser).toMatchObject({ username: 'rita', displayName: 'Rita Reviewer', email: 'rita@example.org', platformRoles: ['REVIEWER'] });
      const issued = await admin.ok<{ createAccessToken: { token: string; accessToken: { scopes: string[] } } }>(CREATE_TOKEN, {
        input: { name: 'for rita', scopes: ['READ', 'REVIEW'], forUser: 'rita' },
      });
      expect(issued.createAccessToken.accessToken.scopes.sort()).toEqual(['READ', 'REVIEW']);
      expect(await platform.client(issued.createAccessToken.token).ok(ME)).toMatchObject({
        me: { username: 'rita', platformRoles: ['REVIEWER'], email: 'rita@example.org' },
      });
    });

    it('creates other administrators', async () => {
      await admin.ok(CREATE_USER, { input: { username: 'anton', displayName: 'Anton', platformRoles: ['ADMIN'] } });
      const issued = await admin.ok<{ createAccessToken: { token: string } }>(CREATE_TOKEN, {
        input: { name: 'admin work', scopes: ['ADMIN'], forUser: 'anton' },
      });
      const anton = platform.client(issued.createAccessToken.token);
      expect(await anton.ok(CREATE_USER, { input: { username: 'berta', displayName: 'Berta' } })).toMatchObject({
        createUser: { username: 'berta', platformRoles: [] },
      });
    });

    it('answers CONFLICT for a taken username, also when two requests race for it', async () => {
      expect(await admin.errorCode(CREATE_USER, { input: { username: 'olga', displayName: 'Another Olga' } })).toBe('CONFLICT');
      const racing = await Promise.all(
        Array.from({ length: 4 }, () => admin.request(CREATE_USER, { input: { username: 'zoe', displayName: 'Zoe' } })),
      );
      const codes = racing.map((response) => response.errors?.[0]?.extensions?.code ?? 'OK').sort();
      expect(codes).toEqual(['CONFLICT', 'CONFLICT', 'CONFLICT', 'OK']);
    });

    it.each([
      ['path traversal', '../x'],
      ['leading hyphen', '-x'],
      ['trailing dot', 'x.'],
      ['upper case', 'Xaver'],
      ['double dot', 'a..b'],
      ['space', 'a b'],
      ['slash', 'a/b'],
      ['non-ASCII', 'jürgen'],
      ['empty', ''],
      ['too long', 'x'.repeat(41)],
      ['reserved', 'admin'],
      ['reserved route', 'graphql'],
    ])('refuses a username with %s as BAD_USER_INPUT', async (_why, username) => {
      expect(await admin.errorCode(CREATE_USER, { input: { username, displayName: 'Bad' } })).toBe('BAD_USER_INPUT');
      const [{ count }] = await platform.dataSource.query('SELECT count(*)::int AS count FROM users WHERE username = $1', [username]);
      expect(count).toBe(username === 'admin' ? 1 : 0);
    });

    it.each([
      ['an e-mail address without @', { email: 'not-mail' }],
      ['a blank display name', { displayName: '   ' }],
      ['a display name with control characters', { displayName: 'bell\u0007' }],
      ['an unknown platform role', { platformRoles: ['ROOT'] }],
    ])('refuses %s as BAD_USER_INPUT', async (_why, override) => {
      expect(await admin.errorCode(CREATE_USER, { input: { username: 'valid-name', displayName: 'Valid', ...override } })).toBe('BAD_USER_INPUT');
    });

    it('sees and administers private namespaces it is not a member of', async () => {
      expect(await admin.ok(NAMESPACE, { slug: 'geheim' })).toMatchObject({ namespace: { slug: 'geheim', viewerRole: null } });
      expect(await admin.ok(REPOSITORY, { ns: 'geheim', name: 'intern' })).toEqual({ repository: { fullName: 'geheim/intern' } });
      await olga.ok(CREATE_NAMESPACE, namespaceInput('admin-verwaltet', 'PRIVATE'));
      expect(await admin.ok(ADD_MEMBER, member('admin-verwaltet', 'otto', 'OWNER'))).toEqual({
        addMember: { role: 'OWNER', user: { username: 'otto' } },
      });
      expect(await admin.ok(REMOVE_MEMBER, removal('admin-verwaltet', 'olga'))).toEqual({ removeMember: true });
      expect(await rolesIn('admin-verwaltet')).toEqual({ otto: 'OWNER' });
    });
  });

  describe('createUser by anyone but an administrator acting as one', () => {
    const input = { input: { username: 'eindringling', displayName: 'Eindringling', platformRoles: ['ADMIN'] } };

    it('is FORBIDDEN for an ordinary user, whose attempt to get an ADMIN token is FORBIDDEN too', async () => {
      expect(await otto.errorCode(CREATE_USER, input)).toBe('FORBIDDEN');
      expect(await otto.errorCode(CREATE_TOKEN, { input: { name: 'root', scopes: ['ADMIN'] } })).toBe('FORBIDDEN');
      expect(await otto.errorCode(CREATE_USER, input)).toBe('FORBIDDEN');
    });

    it('is FORBIDDEN for a reviewer', async () => {
      const reviewer = await as('rolf', { platformRoles: ['REVIEWER'], scopes: ['WRITE', 'REVIEW'] });
      expect(await reviewer.errorCode(CREATE_USER, input)).toBe('FORBIDDEN');
    });

    it('is FORBIDDEN for an ADMIN whose token lacks the ADMIN scope', async () => {
      const adminWithWriteToken = await as('ada', { platformRoles: ['ADMIN'], scopes: ['WRITE', 'REVIEW'] });
      expect(await adminWithWriteToken.errorCode(CREATE_USER, input)).toBe('FORBIDDEN');
      const adminWithReadToken = await as('ada', { scopes: ['READ'] });
      expect(await adminWithReadToken.errorCode(CREATE_USER, input)).toBe('FORBIDDEN');
      const [{ count }] = await platform.dataSource.query(`SELECT count(*)::int AS count FROM users WHERE username = 'eindringling'`);
      expect(count).toBe(0);
    });
  });

  describe('namespaces', () => {
    it('make their creator OWNER, with the kind and visibility asked for', async () => {
      const created = await dora.ok(CREATE_NAMESPACE, {
        input: { slug: 'land-b', displayName: ' Land B ', kind: 'STATE', description: 'Landesverwaltung' },
      });
      expect(created).toMatchObject({
        createNamespace: { slug: 'land-b', displayName: 'Land B', kind: 'STATE', visibility: 'PUBLIC', description: 'Landesverwaltung', viewerRole: 'OWNER' },
      });
      expect(await dora.ok(NAMESPACE, { slug: 'land-b' })).toMatchObject({ namespace: { viewerRole: 'OWNER' } });
      expect(await otto.ok(NAMESPACE, { slug: 'land-b' })).toMatchObject({ namespace: { viewerRole: null } });
      expect(await rolesIn('land-b')).toEqual({ dora: 'OWNER' });
    });

    it.each(['MUNICIPALITY', 'STATE', 'FEDERAL', 'OTHER'])('can be of kind %s', async (kind) => {
      const slug = `art-${kind.toLowerCase()}`;
      expect(await olga.ok(CREATE_NAMESPACE, { input: { slug, displayName: kind, kind } })).toMatchObject({ createNamespace: { kind } });
    });

    it('answer CONFLICT for a taken slug, also when two requests race for it', async () => {
      expect(await otto.errorCode(CREATE_NAMESPACE, namespaceInput('stadt-a'))).toBe('CONFLICT');
      const racing = await Promise.all([olga, max, dora, otto].map((client) => client.request(CREATE_NAMESPACE, namespaceInput('umkaempft'))));
      const codes = racing.map((response) => response.errors?.[0]?.extensions?.code ?? 'OK').sort();
      expect(codes).toEqual(['CONFLICT', 'CONFLICT', 'CONFLICT', 'OK']);
      expect(Object.values(await rolesIn('umkaempft'))).toEqual(['OWNER']);
    });

    it.each([
      ['reserved', 'api'],
      ['reserved', 'admin'],
      ['reserved', 'graphql'],
      ['upper case', 'Stadt'],
      ['a dot', 'a.b'],
      ['a slash', 'a/b'],
      ['dots only', '..'],
      ['a leading hyphen', '-stadt'],
      ['a trailing hyphen', 'stadt-'],
      ['an encoded traversal', '%2e%2e'],
      ['no characters', ''],
      ['65 characters', 'x'.repeat(65)],
    ])('refuse a slug that is %s (%p) as BAD_USER_INPUT', async (_why, slug) => {
      expect(await olga.errorCode(CREATE_NAMESPACE, namespaceInput(slug))).toBe('BAD_USER_INPUT');
    });

    it('refuse an unknown kind and a blank display name as BAD_USER_INPUT', async () => {
      expect(await olga.errorCode(CREATE_NAMESPACE, { input: { slug: 'ok-slug', displayName: 'X', kind: 'PLANET' } })).toBe('BAD_USER_INPUT');
      expect(await olga.errorCode(CREATE_NAMESPACE, { input: { slug: 'ok-slug', displayName: ' ', kind: 'OTHER' } })).toBe('BAD_USER_INPUT');
      expect(await anonymous.ok(NAMESPACE, { slug: 'ok-slug' })).toEqual({ namespace: null });
    });

    it('cannot be created with a read-only token', async () => {
      const reader = await as('olga', { scopes: ['READ'] });
      expect(await reader.errorCode(CREATE_NAMESPACE, namespaceInput('nur-lesen'))).toBe('FORBIDDEN');
      expect(await admin.ok(NAMESPACE, { slug: 'nur-lesen' })).toEqual({ namespace: null });
    });

    it('when private, are visible to members of every role and to administrators only', async () => {
      expect(await olga.ok(NAMESPACE, { slug: 'geheim' })).toMatchObject({ namespace: { visibility: 'PRIVATE', viewerRole: 'OWNER' } });
      expect(await dora.ok(NAMESPACE, { slug: 'geheim' })).toMatchObject({ namespace: { viewerRole: 'DEVELOPER' } });
      expect(await admin.ok(NAMESPACE, { slug: 'geheim' })).toMatchObject({ namespace: { slug: 'geheim' } });
      // An administrator's read-only token still reads everything.
      const adminReader = await as('admin', { scopes: ['READ'] });
      expect(await adminReader.ok(NAMESPACE, { slug: 'geheim' })).toMatchObject({ namespace: { slug: 'geheim' } });

      for (const outsider of [otto, max]) {
        const response = await outsider.request(NAMESPACE, { slug: 'geheim' });
        expect(response.errors).toBeUndefined();
        expect(response.data).toEqual({ namespace: null });
        expect(await outsider.ok(REPOSITORY, { ns: 'geheim', name: 'intern' })).toEqual({ repository: null });
      }
      // A reviewer is not an administrator.
      const reviewer = await as('rolf', { platformRoles: ['REVIEWER'], scopes: ['READ'] });
      expect(await reviewer.ok(NAMESPACE, { slug: 'geheim' })).toEqual({ namespace: null });
    });

    it('when private, cannot be discovered through mutations either', async () => {
      const probes: [string, Record<string, unknown>][] = [
        [ADD_MEMBER, member('geheim', 'otto', 'DEVELOPER')],
        [REMOVE_MEMBER, removal('geheim', 'dora')],
        [CREATE_REPOSITORY, { input: { namespace: 'geheim', name: 'probe', visibility: 'PRIVATE' } }],
      ];
      for (const [mutation, variables] of probes) {
        expect(await otto.errorCode(mutation, variables)).toBe('NOT_FOUND');
        const missing = JSON.parse(JSON.stringify(variables).replace('"geheim"', '"gibt-es-nicht"'));
        expect(await otto.errorCode(mutation, missing)).toBe('NOT_FOUND');
      }
      expect(await rolesIn('geheim')).toEqual({ olga: 'OWNER', dora: 'DEVELOPER' });
    });

    it('list their members with roles, paged with first/after and a totalCount', async () => {
      await olga.ok(CREATE_NAMESPACE, namespaceInput('viele'));
      const others = ['p1', 'p2', 'p3', 'p4'];
      for (const username of others) {
        await as(username);
        await olga.ok(ADD_MEMBER, member('viele', username, username === 'p2' ? 'MAINTAINER' : 'DEVELOPER'));
      }

      const seen: string[] = [];
      let after: string | null = null;
      let pages = 0;
      do {
        const page: MembersPage = await anonymous.ok<MembersPage>(MEMBERS, { slug: 'viele', first: 2, after });
        const members = page.namespace!.members;
        expect(members.totalCount).toBe(5);
        expect(members.edges.length).toBeLessThanOrEqual(2);
        expect(members.pageInfo.endCursor).toBe(members.edges.at(-1)?.cursor ?? null);
        seen.push(...members.edges.map(({ node }) => `${node.user.username}:${node.role}`));
        after = members.pageInfo.hasNextPage ? members.pageInfo.endCursor : null;
        pages++;
      } while (after);

      expect(pages).toBe(3);
      expect(seen.sort()).toEqual(['olga:OWNER', 'p1:DEVELOPER', 'p2:MAINTAINER', 'p3:DEVELOPER', 'p4:DEVELOPER']);
    });

    it('refuse a page size above 100 and a forged cursor as BAD_USER_INPUT', async () => {
      expect(await olga.errorCode(MEMBERS, { slug: 'stadt-a', first: 101 })).toBe('BAD_USER_INPUT');
      expect(await olga.errorCode(MEMBERS, { slug: 'stadt-a', first: -1 })).toBe('BAD_USER_INPUT');
      expect(await olga.errorCode(MEMBERS, { slug: 'stadt-a', after: 'not-a-cursor' })).toBe('BAD_USER_INPUT');
    });
  });

  describe('memberships', () => {
    let slug: string;
    let counter = 0;
    beforeEach(async () => {
      slug = `team-${++counter}`;
      await olga.ok(CREATE_NAMESPACE, namespaceInput(slug));
    });

    it('are granted by an OWNER as MAINTAINER or DEVELOPER', async () => {
      expect(await olga.ok(ADD_MEMBER, member(slug, 'max', 'MAINTAINER'))).toEqual({ addMember: { role: 'MAINTAINER', user: { username: 'max' } } });
      expect(await olga.ok(ADD_MEMBER, member(slug, 'dora', 'DEVELOPER'))).toEqual({ addMember: { role: 'DEVELOPER', user: { username: 'dora' } } });
      expect(await max.ok(NAMESPACE, { slug })).toMatchObject({ namespace: { viewerRole: 'MAINTAINER' } });
      expect(await dora.ok(NAMESPACE, { slug })).toMatchObject({ namespace: { viewerRole: 'DEVELOPER' } });
      expect(await rolesIn(slug)).toEqual({ olga: 'OWNER', max: 'MAINTAINER', dora: 'DEVELOPER' });
    });

    it('change the role of an existing member instead of adding a second membership', async () => {
      await olga.ok(ADD_MEMBER, member(slug, 'dora', 'DEVELOPER'));
      await olga.ok(ADD_MEMBER, member(slug, 'dora', 'MAINTAINER'));
      expect(await rolesIn(slug)).toEqual({ olga: 'OWNER', dora: 'MAINTAINER' });
      expect((await admin.ok<MembersPage>(MEMBERS, { slug })).namespace!.members.totalCount).toBe(2);
    });

    it('let a MAINTAINER add developers but not grant, take or remove ownership', async () => {
      await olga.ok(ADD_MEMBER, member(slug, 'max', 'MAINTAINER'));
      expect(await max.ok(ADD_MEMBER, member(slug, 'dora', 'DEVELOPER'))).toEqual({ addMember: { role: 'DEVELOPER', user: { username: 'dora' } } });
      expect(await max.errorCode(ADD_MEMBER, member(slug, 'otto', 'OWNER'))).toBe('FORBIDDEN');
      expect(await max.errorCode(ADD_MEMBER, member(slug, 'dora', 'OWNER'))).toBe('FORBIDDEN');
      expect(await max.errorCode(ADD_MEMBER, member(slug, 'max', 'OWNER'))).toBe('FORBIDDEN');
      expect(await max.errorCode(ADD_MEMBER, member(slug, 'olga', 'DEVELOPER'))).toBe('FORBIDDEN');
      expect(await max.errorCode(REMOVE_MEMBER, removal(slug, 'olga'))).toBe('FORBIDDEN');
      expect(await max.ok(REMOVE_MEMBER, removal(slug, 'dora'))).toEqual({ removeMember: true });
      expect(await rolesIn(slug)).toEqual({ olga: 'OWNER', max: 'MAINTAINER' });
    });

    it('give a DEVELOPER no say over members, not even over their own role', async () => {
      await olga.ok(ADD_MEMBER, member(slug, 'dora', 'DEVELOPER'));
      expect(await dora.errorCode(ADD_MEMBER, member(slug, 'otto', 'DEVELOPER'))).toBe('FORBIDDEN');
      expect(await dora.errorCode(ADD_MEMBER, member(slug, 'dora', 'MAINTAINER'))).toBe('FORBIDDEN');
      expect(await dora.errorCode(REMOVE_MEMBER, removal(slug, 'olga'))).toBe('FORBIDDEN');
      expect(await rolesIn(slug)).toEqual({ olga: 'OWNER', dora: 'DEVELOPER' });
    });

    it('are FORBIDDEN to non-members of a public namespace and to an OWNER with a read-only token', async () => {
      expect(await otto.errorCode(ADD_MEMBER, member(slug, 'otto', 'OWNER'))).toBe('FORBIDDEN');
      expect(await otto.errorCode(REMOVE_MEMBER, removal(slug, 'olga'))).toBe('FORBIDDEN');
      const olgaReading = await as('olga', { scopes: ['READ'] });
      expect(await olgaReading.errorCode(ADD_MEMBER, member(slug, 'dora', 'DEVELOPER'))).toBe('FORBIDDEN');
      expect(await rolesIn(slug)).toEqual({ olga: 'OWNER' });
    });

    it('answer NOT_FOUND for a user or namespace that does not exist', async () => {
      expect(await olga.errorCode(ADD_MEMBER, member(slug, 'niemand', 'DEVELOPER'))).toBe('NOT_FOUND');
      expect(await olga.errorCode(ADD_MEMBER, member('kein-namespace', 'dora', 'DEVELOPER'))).toBe('NOT_FOUND');
      expect(await olga.errorCode(REMOVE_MEMBER, removal(slug, 'otto'))).toBe('NOT_FOUND');
    });

    it('refuse an unknown role as BAD_USER_INPUT', async () => {
      expect(await olga.errorCode(ADD_MEMBER, { input: { namespace: slug, username: 'dora', role: 'GUEST' } })).toBe('BAD_USER_INPUT');
    });

    it('never leave a namespace without an OWNER', async () => {
      expect(await olga.errorCode(ADD_MEMBER, member(slug, 'olga', 'MAINTAINER'))).toBe('CONFLICT');
      expect(await olga.errorCode(REMOVE_MEMBER, removal(slug, 'olga'))).toBe('CONFLICT');
      expect(await admin.errorCode(REMOVE_MEMBER, removal(slug, 'olga'))).toBe('CONFLICT');
      expect(await rolesIn(slug)).toEqual({ olga: 'OWNER' });

      await olga.ok(ADD_MEMBER, member(slug, 'max', 'OWNER'));
      expect(await olga.ok(ADD_MEMBER, member(slug, 'olga', 'DEVELOPER'))).toMatchObject({ addMember: { role: 'DEVELOPER' } });
      expect(await max.errorCode(REMOVE_MEMBER, removal(slug, 'max'))).toBe('CONFLICT');
      expect(await rolesIn(slug)).toEqual({ olga: 'DEVELOPER', max: 'OWNER' });
    });

    it('keep one OWNER when two owners step down at the same time', async () => {
      await olga.ok(ADD_MEMBER, member(slug, 'max', 'OWNER'));
      const [first, second] = await Promise.all([
        olga.request(ADD_MEMBER, member(slug, 'olga', 'DEVELOPER')),
        max.request(REMOVE_MEMBER, removal(slug, 'max')),
      ]);
      const codes = [first, second].map((response) => response.errors?.[0]?.extensions?.code ?? 'OK').sort();
      expect(codes).toEqual(['CONFLICT', 'OK']);
      expect(Object.values(await rolesIn(slug))).toContain('OWNER');
    });

    it('do not let an OWNER who was demoted meanwhile act on the role they no longer have', async () => {
      // Three owners; olga demotes max while max's own request to demote dora waits on the
      // namespace's membership lock. Once max's request proceeds, max is no OWNER any more.
      await olga.ok(ADD_MEMBER, member(slug, 'max', 'OWNER'));
      await olga.ok(ADD_MEMBER, member(slug, 'dora', 'OWNER'));
      const [{ id: namespaceId }] = await platform.dataSource.query('SELECT id FROM namespaces WHERE slug = $1', [slug]);
      const runner = platform.dataSource.createQueryRunner();
      await runner.connect();
      try {
        await runner.startTransaction();
        await runner.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`namespace-members:${namespaceId}`]);
        const pendingDemotion = max.request(ADD_MEMBER, member(slug, 'dora', 'DEVELOPER'));
        const pendingRemoval = max.request(REMOVE_MEMBER, removal(slug, 'dora'));
        await waitFor(async () => {
          const [{ waiting }] = await platform.dataSource.query(
            `SELECT count(*)::int AS waiting FROM pg_locks
               WHERE locktype = 'advisory' AND NOT granted AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`,
          );
          return waiting === 2;
        }, 10_000, 20);
        await runner.query(
          `UPDATE memberships SET role = 'DEVELOPER' WHERE namespace_id = $1 AND user_id = (SELECT id FROM users WHERE username = 'max')`,
          [namespaceId],
        );
        await runner.commitTransaction();
        expect((await pendingDemotion).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
        expect((await pendingRemoval).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      } finally {
        if (runner.isTransactionActive) await runner.rollbackTransaction();
        await runner.release();
      }
      expect(await rolesIn(slug)).toEqual({ olga: 'OWNER', max: 'DEVELOPER', dora: 'OWNER' });
    });

    it('are removed with removeMember, which takes a private namespace out of sight', async () => {
      await olga.ok(CREATE_NAMESPACE, namespaceInput(`${slug}-privat`, 'PRIVATE'));
      await olga.ok(ADD_MEMBER, member(`${slug}-privat`, 'otto', 'DEVELOPER'));
      expect(await otto.ok(NAMESPACE, { slug: `${slug}-privat` })).toMatchObject({ namespace: { viewerRole: 'DEVELOPER' } });
      expect(await olga.ok(REMOVE_MEMBER, removal(`${slug}-privat`, 'otto'))).toEqual({ removeMember: true });
      expect(await otto.ok(NAMESPACE, { slug: `${slug}-privat` })).toEqual({ namespace: null });
      expect(await olga.errorCode(REMOVE_MEMBER, removal(`${slug}-privat`, 'otto'))).toBe('NOT_FOUND');
      expect(await otto.errorCode(ADD_MEMBER, member(`${slug}-privat`, 'otto', 'OWNER'))).toBe('NOT_FOUND');
    });

    it('let members of a private namespace see its private repositories, and no one else', async () => {
      expect(await dora.ok(REPOSITORY, { ns: 'geheim', name: 'intern' })).toEqual({ repository: { fullName: 'geheim/intern' } });
      const listing = `query($slug: String!) { namespace(slug: $slug) { repositories { totalCount edges { node { fullName } } } } }`;
      expect(await dora.ok(listing, { slug: 'geheim' })).toEqual({
        namespace: { repositories: { totalCount: 1, edges: [{ node: { fullName: 'geheim/intern' } }] } },
      });
      expect(await otto.ok(listing, { slug: 'geheim' })).toEqual({ namespace: null });
    });
  });

  describe('e-mail addresses', () => {
    const EMAILS = `query($slug: String!) { namespace(slug: $slug) { members(first: 100) { edges { node { user { username email } } } } } }`;
    const emailOf = async (client: GraphqlClient, username: string) => {
      const data = await client.ok<{ namespace: { members: { edges: { node: { user: { username: string; email: string | null } } }[] } } }>(
        EMAILS,
        { slug: 'post' },
      );
      const found = data.namespace.members.edges.find(({ node }) => node.user.username === username);
      if (!found) throw new Error(`${username} is not a member of post`);
      return found.node.user.email;
    };

    beforeAll(async () => {
      await admin.ok(CREATE_USER, { input: { username: 'emma', displayName: 'Emma', email: 'emma@stadt-a.example' } });
      await olga.ok(CREATE_NAMESPACE, namespaceInput('post'));
      await olga.ok(ADD_MEMBER, member('post', 'emma', 'DEVELOPER'));
    });

    it('are shown to their owner', async () => {
      const emma = await as('emma', { scopes: ['READ'] });
      expect(await emma.ok(ME)).toMatchObject({ me: { username: 'emma', email: 'emma@stadt-a.example' } });
      expect(await emailOf(emma, 'emma')).toBe('emma@stadt-a.example');
    });

    it('are shown to administrators', async () => {
      expect(await emailOf(admin, 'emma')).toBe('emma@stadt-a.example');
    });

    it('are null for everyone else, fellow members and anonymous callers included', async () => {
      expect(await emailOf(olga, 'emma')).toBeNull();
      expect(await emailOf(otto, 'emma')).toBeNull();
      expect(await emailOf(anonymous, 'emma')).toBeNull();
      const reviewer = await as('rolf', { platformRoles: ['REVIEWER'], scopes: ['READ'] });
      expect(await emailOf(reviewer, 'emma')).toBeNull();
    });
  });
});
