import { GraphqlClient } from '@allmende/testing';
import { NEXTCLOUD_REPOSITORY, POSTGRES_REPOSITORY } from './support/catalogue-fixtures';
import { SPDX_TEXTS } from './support/conduct-fixtures';
import { GitClient } from './support/git-client';
import { startPublisherSession, PublisherSession } from './support/publisher-session';
import { waitFor } from './support/wait-for';

interface Hit {
  id: string;
  name: string;
  kind: string;
  path: string;
  version: string | null;
  license: string | null;
  licenseStatus: string | null;
  adoptionCount: number;
  verifiedAdoptionCount: number;
  hardening: { level: string; score: number; checks: { name: string; passed: boolean }[] } | null;
  repository: { fullName: string } | null;
}
interface Facet {
  value: string | null;
  count: number;
}
interface Search {
  searchComponents: { totalCount: number; edges: { node: Hit; cursor: string }[]; pageInfo: { hasNextPage: boolean }; facets: Record<string, Facet[]> };
}

const NODE = 'id name kind path version license licenseStatus adoptionCount verifiedAdoptionCount hardening { level score checks { name passed } } repository { fullName }';
const SEARCH = `query($query: String, $filter: ComponentFilter, $sort: ComponentSort, $first: Int, $after: String) {
  searchComponents(query: $query, filter: $filter, sort: $sort, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage } edges { cursor node { ${NODE} } }
    facets { kind { value count } license { value count } namespaceKind { value count } category { value count } hardeningLevel { value count } } } }`;

/** The catalogue end to end: real pushes, the CATALOGUE worker, search over GraphQL. */
describe('catalogue', () => {
  let session: PublisherSession;
  let git: GitClient;
  let token: string;
  let owner: GraphqlClient;
  let anonymous: GraphqlClient;
  let outsider: GraphqlClient;
  let nextcloudUrl: string;

  beforeAll(async () => {
    session = await startPublisherSession('carla', 'stadt');
    ({ git, token, owner } = session);
    anonymous = session.platform.client();
    outsider = session.platform.client(await session.platform.userWithToken('otto'));
    nextcloudUrl = await publish('nextcloud-kommunal', 'PUBLIC', NEXTCLOUD_REPOSITORY());
    await publish('postgresql-hardened', 'PUBLIC', POSTGRES_REPOSITORY);
    await publish('geheim', 'PRIVATE', { ...POSTGRES_REPOSITORY, Dockerfile: POSTGRES_REPOSITORY.Dockerfile.replace('postgresql-hardened', 'geheimes-archiv') });
    await publish('sspl-datenbank', 'PUBLIC', { LICENSE: SPDX_TEXTS['SSPL-1.0'].licenseText, Dockerfile: 'FROM mongo:7\nLABEL org.opencontainers.image.title="sspl-datenbank"\n' });
  });

  afterAll(() => session.close());

  /** Pushes to a new repository and waits until its catalogue entries carry the LICENSE verdict. */
  async function publish(name: string, visibility: string, files: Record<string, string>): Promise<string> {
    const created = await owner.ok<{ createRepository: { cloneUrl: string } }>(`mutation($input: CreateRepositoryInput!) { createRepository(input: $input) { cloneUrl } }`, {
      input: { namespace: 'stadt', name, visibility },
    });
    const commit = await git.pushFiles(files, created.createRepository.cloneUrl, token);
    await settled(name, commit);
    return created.createRepository.cloneUrl;
  }

  async function settled(name: string, commit: string): Promise<(Hit & { commit: string })[]> {
    let components: (Hit & { commit: string })[] = [];
    await waitFor(async () => {
      const { repository } = await owner.ok<{ repository: { components: (Hit & { commit: string })[] } }>(`query($name: String!) { repository(namespace: "stadt", name: $name) { components { ${NODE} commit } } }`, { name });
      components = repository.components;
      return components.length > 0 && components.every((component) => component.commit === commit && component.licenseStatus !== null);
    }, 60_000);
    return components;
  }

  const search = (client: GraphqlClient, variables: Record<string, unknown>) => client.ok<Search>(SEARCH, variables).then((result) => result.searchComponents);
  const names = (result: Search['searchComponents']) => result.edges.map((edge) => edge.node.name).sort();

  it('extracts the application, container image and Helm chart of one repository, each tied to its file', async () => {
    const { repository } = await anonymous.ok<{ repository: { components: Hit[] } }>(`{ repository(namespace: "stadt", name: "nextcloud-kommunal") { components { ${NODE} } } }`);
    expect(repository.components.map((component) => [component.kind, component.path])).toEqual([
      ['HELM_CHART', 'chart/Chart.yaml'],
      ['CONTAINER_IMAGE', 'image/Dockerfile'],
      ['APPLICATION', 'publiccode.yml'],
    ]);
    const image = repository.components.find((component) => component.kind === 'CONTAINER_IMAGE');
    expect(image?.hardening?.checks.find((check) => check.name === 'non-root-user')?.passed).toBe(true);
    const chart = repository.components.find((component) => component.kind === 'HELM_CHART');
    expect(chart?.hardening?.level).toBe('HIGH');
    expect(repository.components.every((component) => component.license === 'AGPL-3.0-or-later' && component.licenseStatus === 'ALLOWED')).toBe(true);
  });

  it('finds components by German, English, misspelt and prefix queries', async () => {
    expect(names(await search(anonymous, { query: 'Datenbank' }))).toContain('Nextcloud Kommunal');
    expect(names(await search(anonymous, { query: 'database' }))).toContain('postgresql-hardened');
    expect(names(await search(anonymous, { query: 'Nextclod' }))).toEqual(expect.arrayContaining(['Nextcloud Kommunal', 'nextcloud-hardened']));
    expect(names(await search(anonymous, { query: 'Nextc' }))).toEqual(expect.arrayContaining(['Nextcloud Kommunal', 'nextcloud-hardened', 'nextcloud-kommunal']));
    // The Nextcloud application's English text names both words too; the image named after them ranks first.
    const both = await search(anonymous, { query: 'hardened postgresql' });
    expect(both.edges.map((edge) => edge.node.name)).toEqual(['postgresql-hardened', 'Nextcloud Kommunal']);
  });

  it('counts facets over all results, and filters by them', async () => {
    const all = await search(anonymous, {});
    expect(all.totalCount).toBe(4);
    const counts = (facet: Facet[]) => Object.fromEntries(facet.map((entry) => [entry.value, entry.count]));
    expect(counts(all.facets.kind)).toEqual({ APPLICATION: 1, CONTAINER_IMAGE: 2, HELM_CHART: 1 });
    expect(counts(all.facets.license)).toEqual({ 'AGPL-3.0-or-later': 3, 'Apache-2.0': 1 });
    expect(counts(all.facets.namespaceKind)).toEqual({ MUNICIPALITY: 4 });
    const images = await search(anonymous, { filter: { kinds: ['CONTAINER_IMAGE'] } });
    expect(names(images)).toEqual(['nextcloud-hardened', 'postgresql-hardened']);
    expect(counts(images.facets.kind)).toEqual({ CONTAINER_IMAGE: 2 });
    expect(names(await search(anonymous, { filter: { licenses: ['Apache-2.0'], allowedLicensesOnly: true } }))).toEqual(['postgresql-hardened']);
  });

  it('hides private components from outsiders and denied licenses unless asked for', async () => {
    expect((await search(anonymous, { query: 'geheimes' })).totalCount).toBe(0);
    expect((await search(outsider, { query: 'geheimes' })).totalCount).toBe(0);
    const secret = await search(owner, { query: 'geheimes' });
    expect(names(secret)).toEqual(['geheimes-archiv']);
    const byId = (client: GraphqlClient) => client.ok<{ component: { name: string } | null }>(`query($id: ID!) { component(id: $id) { name } }`, { id: secret.edges[0].node.id });
    expect([(await byId(owner)).component, (await byId(outsider)).component, (await byId(anonymous)).component]).toEqual([{ name: 'geheimes-archiv' }, null, null]);
    expect((await search(anonymous, { query: 'sspl' })).totalCount).toBe(0);
    const denied = await search(anonymous, { query: 'sspl', filter: { includeDenied: true } });
    expect(denied.edges.map((edge) => [edge.node.name, edge.node.licenseStatus])).toEqual([['sspl-datenbank', 'DENIED']]);
  });

  it('records adoptions, counts them in results and lists adopters (publiccode usedBy unverified)', async () => {
    const app = (await search(anonymous, { query: 'Nextcloud Kommunal', filter: { kinds: ['APPLICATION'] } })).edges[0].node;
    expect([app.adoptionCount, app.verifiedAdoptionCount]).toEqual([1, 0]);
    const land = session.platform.client(await session.platform.userWithToken('lena'));
    await land.ok(`mutation { createNamespace(input: { slug: "land", displayName: "Land Beispielland", kind: STATE }) { slug } }`);
    const adopt = `mutation($input: RecordAdoptionInput!) { recordAdoption(input: $input) { adopterName namespace version verified source } }`;
    expect((await land.ok<{ recordAdoption: unknown }>(adopt, { input: { componentId: app.id, namespace: 'land', version: '2.0.0' } })).recordAdoption).toEqual({
      adopterName: 'Land Beispielland',
      namespace: 'land',
      version: '2.0.0',
      verified: true,
      source: 'NAMESPACE',
    });
    await land.ok(adopt, { input: { componentId: app.id, namespace: 'land', version: '2.1.0' } });
    const refused = await outsider.request(adopt, { input: { componentId: app.id, namespace: 'land' } });
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const { component } = await anonymous.ok<{ component: Hit & { adopters: { adopterName: string; version: string | null; verified: boolean }[] } }>(
      `query($id: ID!) { component(id: $id) { adoptionCount verifiedAdoptionCount adopters { adopterName version verified } } }`,
      { id: app.id },
    );
    expect(component).toMatchObject({ adoptionCount: 2, verifiedAdoptionCount: 1 });
    expect(component.adopters).toEqual([
      { adopterName: 'Land Beispielland', version: '2.1.0', verified: true },
      { adopterName: 'Stadt Beispielhausen', version: null, verified: false },
    ]);
    expect((await search(anonymous, { sort: 'ADOPTION', first: 1 })).edges[0].node.id).toBe(app.id);
  });

  it('updates components on the next push instead of duplicating them', async () => {
    const before = await settled('nextcloud-kommunal', (await owner.ok<{ repository: { headCommit: string } }>(`{ repository(namespace: "stadt", name: "nextcloud-kommunal") { headCommit } }`)).repository.headCommit);
    const commit = await git.pushChanges({ 'publiccode.yml': NEXTCLOUD_REPOSITORY('2.2.0')['publiccode.yml'] }, nextcloudUrl, token);
    const after = await settled('nextcloud-kommunal', commit);
    expect(after.map((component) => component.id).sort()).toEqual(before.map((component) => component.id).sort());
    expect(after.find((component) => component.kind === 'APPLICATION')?.version).toBe('2.2.0');
    // The adoption declared against the application survives the push.
    expect(after.find((component) => component.kind === 'APPLICATION')?.verifiedAdoptionCount).toBe(1);
  });

  it('refuses bad search input with BAD_USER_INPUT', async () => {
    const COUNT = `query($query: String, $first: Int, $after: String) { searchComponents(query: $query, first: $first, after: $after) { totalCount } }`;
    for (const variables of [{ first: 0 }, { first: 101 }, { after: 'not-a-cursor' }, { query: 'x'.repeat(201) }]) {
      expect(await anonymous.errorCode(COUNT, variables)).toBe('BAD_USER_INPUT');
    }
    const hostile = await anonymous.ok<Search>(SEARCH, { query: `'); DROP TABLE catalogue_components; -- !&|:* \\ ( <-> ` });
    expect(hostile.searchComponents.totalCount).toBeGreaterThanOrEqual(0);
    for (const id of ['not-a-uuid', '00000000-0000-0000-0000-000000000000']) {
      expect((await anonymous.ok<{ component: unknown }>(`query($id: ID!) { component(id: $id) { id } }`, { id })).component).toBeNull();
    }
  });
});
