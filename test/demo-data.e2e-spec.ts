import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { RepositoryStorage } from '@allmende/git';
import { PushEntity, RepositoryEntity } from '@allmende/repos';
import { DemoSeedService } from '@allmende/runtime';
import { buildOnce, ROOT, runCli } from './support/platform-process';
import { startTestPlatform, TestPlatform } from './support/test-platform';
import { waitFor } from './support/wait-for';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const SPDX_TEXTS = require('spdx-license-list/full') as Record<string, { licenseText: string }>;

const CONTENT = join(ROOT, 'config/demo/repositories');

interface DemoRepository {
  id: string;
  headCommit: string | null;
  defaultBranch: string;
  commits: { totalCount: number; edges: { node: { oid: string; message: string; author: { name: string; email: string; date: string } } }[] };
  tree: { name: string; type: string; mode: string }[];
  license: { expression: string | null; status: string; files: { path: string; spdxId: string; method: string }[] } | null;
  conduct: { status: string; findings: { rule: string; severity: string }[] } | null;
  checkRuns: { id: string; kind: string; status: string }[];
  pushHistory: { totalCount: number; edges: { node: { ref: string; oldSha: string; newSha: string; actor: string } }[] };
  blob: { text: string } | null;
}

const REPOSITORY = `query($namespace: String!, $name: String!) { repository(namespace: $namespace, name: $name) {
  id headCommit defaultBranch
  commits(first: 5) { totalCount edges { node { oid message author { name email date } } } }
  tree { name type mode }
  license { expression status files { path spdxId method } }
  conduct { status findings { rule severity } }
  checkRuns { id kind status }
  pushHistory(first: 5) { totalCount edges { node { ref oldSha newSha actor } } }
  blob(path: "LICENSE") { text } } }`;

/** Each demo repository with content: its license, the owner who commits it, and the date of that commit. */
const DEMO: [fullName: string, license: string, owner: string, author: string, email: string, date: string][] = [
  ['it-beispielland/postgresql-gehaertet', 'EUPL-1.2', 'jonas.weber', 'Jonas Weber', 'jonas.weber@it-beispielland.example', '2025-02-20T09:12:00.000Z'],
  ['bund-it/nextcloud-gehaertet', 'AGPL-3.0-or-later', 'fatma.yilmaz', 'Fatma Yılmaz', 'fatma.yilmaz@bund-it.example', '2025-01-14T13:05:00.000Z'],
  ['bund-it/nextcloud-helm', 'Apache-2.0', 'fatma.yilmaz', 'Fatma Yılmaz', 'fatma.yilmaz@bund-it.example', '2025-01-21T08:40:00.000Z'],
  ['musterstadt/buergerbeteiligung', 'EUPL-1.2', 'anna.schmidt', 'Anna Schmidt', 'anna.schmidt@musterstadt.example', '2025-03-03T10:30:00.000Z'],
  ['musterstadt/formular-bibliothek', 'EUPL-1.2', 'anna.schmidt', 'Anna Schmidt', 'anna.schmidt@musterstadt.example', '2025-02-10T15:20:00.000Z'],
];

/** ALLMENDE_DEMO=1 on a fresh installation: demo repositories come with a first commit, checked like any push. */
describe('demo data', () => {
  let platform: TestPlatform;

  beforeAll(async () => {
    platform = await startTestPlatform({ ALLMENDE_DEMO: '1' });
  });

  afterAll(() => platform.close());

  async function repository(fullName: string): Promise<DemoRepository> {
    const [namespace, name] = fullName.split('/');
    return (await platform.client().ok<{ repository: DemoRepository }>(REPOSITORY, { namespace, name })).repository;
  }

  /** Polls until every check of the head commit finished; returns the repository then. */
  async function checked(fullName: string): Promise<DemoRepository> {
    await waitFor(async () => {
      const runs = (await repository(fullName)).checkRuns;
      return runs.length === 3 && runs.every((run) => !['QUEUED', 'RUNNING'].includes(run.status));
    }, 60_000);
    // The reports are committed with their runs; read them in a request of their own.
    return repository(fullName);
  }

  it.each(DEMO)('%s: a first commit by its owner, licensed %s, checked like a push', async (fullName, license, owner, author, email, date) => {
    const demo = await checked(fullName);
    const [head] = demo.commits.edges.map((edge) => edge.node);
    expect(demo.commits.totalCount).toBe(1);
    expect(head).toMatchObject({ oid: demo.headCommit, author: { name: author, email, date } });
    expect(demo.pushHistory).toEqual({
      totalCount: 1,
      edges: [{ node: { ref: `refs/heads/${demo.defaultBranch}`, oldSha: '0'.repeat(40), newSha: demo.headCommit, actor: owner } }],
    });

    expect(demo.tree.map((entry) => entry.name).sort()).toEqual([...readdirSync(join(CONTENT, fullName)), 'LICENSE'].sort());
    expect(demo.blob?.text).toBe(SPDX_TEXTS[license].licenseText);

    expect(demo.checkRuns.map((run) => run.kind).sort()).toEqual(['CATALOGUE', 'CONDUCT', 'LICENSE']);
    expect(demo.checkRuns.find((run) => run.kind === 'LICENSE')?.status).toBe('PASSED');
    expect(demo.license).toMatchObject({ expression: license, status: 'ALLOWED' });
    expect(demo.license?.files).toContainEqual({ path: 'LICENSE', spdxId: expect.stringMatching(/^(EUPL-1\.2|AGPL-3\.0-(only|or-later)|Apache-2\.0)$/), method: 'EXACT' });
    // Complete publishing files; only the contacts at reserved .example domains do not count.
    expect(demo.conduct?.findings.filter((finding) => finding.severity === 'ERROR').map((finding) => finding.rule)).toEqual(['security-contact']);
  });

  it('puts the demo components in the catalogue, found by a visitor in German and English', async () => {
    for (const [fullName] of DEMO) await checked(fullName);
    const search = async (query: string) => {
      const result = await platform.client().ok<{ searchComponents: { edges: { node: { name: string; kind: string; repository: { fullName: string } } }[] } }>(
        `query($query: String!) { searchComponents(query: $query) { edges { node { name kind repository { fullName } } } } }`,
        { query },
      );
      return result.searchComponents.edges.map(({ node }) => `${node.repository.fullName} ${node.kind}`);
    };
    expect(await search('PostgreSQL gehärtet')).toContain('it-beispielland/postgresql-gehaertet CONTAINER_IMAGE');
    expect(await search('Nextcloud')).toEqual(expect.arrayContaining(['bund-it/nextcloud-gehaertet CONTAINER_IMAGE', 'bund-it/nextcloud-helm HELM_CHART']));
    expect(await search('Bürgerbeteiligung')).toContain('musterstadt/buergerbeteiligung APPLICATION');
    expect(await search('accessible forms')).toContain('musterstadt/formular-bibliothek LIBRARY');
  });

  it.each([
    ['it-beispielland/postgresql-gehaertet', 'docker-entrypoint.sh'],
    ['bund-it/nextcloud-gehaertet', 'fpm-healthcheck.sh'],
  ])('%s: commits %s as executable', async (fullName, script) => {
    const demo = await repository(fullName);
    expect(demo.tree.find((entry) => entry.name === script)).toMatchObject({ type: 'BLOB', mode: '100755' });
    expect(demo.tree.find((entry) => entry.name === 'README.md')).toMatchObject({ type: 'BLOB', mode: '100644' });
  });

  it('leaves the repositories without content empty', async () => {
    const token = await platform.userWithToken('anna.schmidt');
    const internal = await platform.client(token).ok<{ repository: { headCommit: string | null } }>(
      '{ repository(namespace: "musterstadt", name: "interne-skripte") { headCommit } }',
    );
    expect(internal.repository).toEqual({ headCommit: null });
  });

  it('changes nothing when seeded again, in this process or from the command line', async () => {
    const before = await Promise.all(DEMO.map(([fullName]) => checked(fullName)));
    expect(await platform.platform.app.get(DemoSeedService).seed()).toBe(false);

    buildOnce();
    const { config } = platform;
    const env = { DATA_DIR: config.dataDir, DATABASE_URL: config.databaseUrl as string, QUEUE_PREFIX: config.queuePrefix, ...(config.redisUrl ? { REDIS_URL: config.redisUrl } : {}) };
    expect(runCli(['seed-demo'], env)).toMatchObject({ status: 0, stdout: 'demo data present already\n' });

    expect(await Promise.all(DEMO.map(([fullName]) => repository(fullName)))).toEqual(before);
  });

  describe('completes what an earlier seed left undone', () => {
    /** Forgets the head and push history, as if the content was never recorded; with `dropBranch` also the commit. */
    async function forget(fullName: string, dropBranch: boolean): Promise<string> {
      const { id, headCommit, defaultBranch } = await repository(fullName);
      await platform.dataSource.getRepository(PushEntity).delete({ repositoryId: id });
      await platform.dataSource.getRepository(RepositoryEntity).update({ id }, { headCommit: null });
      if (dropBranch) {
        const bare = platform.platform.app.get(RepositoryStorage).pathOf(id);
        expect(spawnSync('git', ['--git-dir', bare, 'update-ref', '-d', `refs/heads/${defaultBranch}`]).status).toBe(0);
      }
      return headCommit as string;
    }

    it('writes the same commit again into a demo repository that is still empty (seeded before demo content existed)', async () => {
      const earlier = await forget('musterstadt/formular-bibliothek', true);
      expect(await platform.platform.app.get(DemoSeedService).seed()).toBe(true);
      const demo = await repository('musterstadt/formular-bibliothek');
      expect(demo.headCommit).toBe(earlier);
      expect(demo.pushHistory.totalCount).toBe(1);
    });

    it('records a commit that was fetched but not recorded (a seed stopped in between)', async () => {
      const earlier = await forget('bund-it/nextcloud-helm', false);
      expect(await platform.platform.app.get(DemoSeedService).seed()).toBe(true);
      const demo = await repository('bund-it/nextcloud-helm');
      expect(demo.headCommit).toBe(earlier);
      expect(demo.pushHistory.edges.map((edge) => edge.node.actor)).toEqual(['fatma.yilmaz']);
    });

    it('never replaces another commit on the default branch', async () => {
      const earlier = await forget('musterstadt/buergerbeteiligung', false);
      const { id, defaultBranch } = await repository('musterstadt/buergerbeteiligung');
      const bare = platform.platform.app.get(RepositoryStorage).pathOf(id);
      const identity = { GIT_AUTHOR_NAME: 'Someone', GIT_AUTHOR_EMAIL: 'someone@musterstadt.example', GIT_COMMITTER_NAME: 'Someone', GIT_COMMITTER_EMAIL: 'someone@musterstadt.example' };
      const other = spawnSync('git', ['--git-dir', bare, 'commit-tree', `${earlier}^{tree}`, '-m', 'Eigene Fassung'], { env: { ...process.env, ...identity }, encoding: 'utf8' });
      expect(spawnSync('git', ['--git-dir', bare, 'update-ref', `refs/heads/${defaultBranch}`, other.stdout.trim()]).status).toBe(0);

      expect(await platform.platform.app.get(DemoSeedService).seed()).toBe(false);
      expect(spawnSync('git', ['--git-dir', bare, 'rev-parse', `refs/heads/${defaultBranch}`], { encoding: 'utf8' }).stdout.trim()).toBe(other.stdout.trim());
      expect((await repository('musterstadt/buergerbeteiligung')).pushHistory.totalCount).toBe(0);
    });
  });
});
