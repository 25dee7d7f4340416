import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GraphqlClient } from '@allmende/testing';
import { authenticatedUrl, GitClient } from './support/git-client';
import { startTestPlatform, TestPlatform } from './support/test-platform';
import { waitFor } from './support/wait-for';

/** A query on the test repository declaring just the variables its fields use. */
const REPO = (fields: string) => {
  const declared = ['ref', 'path', 'after'].filter((name) => fields.includes(`$${name}`)).map((name) => `$${name}: String${name === 'path' && fields.includes('blob(path: $path') ? '!' : ''}`);
  return `query${declared.length ? `(${declared.join(', ')})` : ''} { repository(namespace: "stadt", name: "akten") { ${fields} } }`;
};

describe('browsing repositories through GraphQL', () => {
  let platform: TestPlatform;
  let git: GitClient;
  let owner: GraphqlClient;
  let token: string;
  let repositoryId: string;
  let cloneUrl: string;
  let work: string;
  const commits: string[] = [];

  beforeAll(async () => {
    platform = await startTestPlatform();
    git = new GitClient();
    token = await platform.userWithToken('olga');
    owner = platform.client(token);
    await owner.ok(`mutation { createNamespace(input: { slug: "stadt", displayName: "Stadt", kind: MUNICIPALITY }) { slug } }`);
    const created = await owner.ok<{ createRepository: { id: string; cloneUrl: string } }>(
      `mutation { createRepository(input: { namespace: "stadt", name: "akten", visibility: PUBLIC }) { id cloneUrl } }`,
    );
    ({ id: repositoryId, cloneUrl } = created.createRepository);
    work = await git.init();
    mkdirSync(join(work, 'docs', 'adr'), { recursive: true });
    writeFileSync(join(work, 'README.md'), '# Akten\n\nAktenverwaltung für Kommunen.\n');
    writeFileSync(join(work, 'docs', 'adr', '0001.md'), '# Entscheidung 1\n');
    writeFileSync(join(work, 'logo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3]));
    symlinkSync('/etc/passwd', join(work, 'passwd-link'));
    symlinkSync('../../', join(work, 'docs', 'up'));
    await git.ok(['add', '.'], work);
    await git.ok(['commit', '--quiet', '-m', 'Erste Fassung'], work);
    commits.push((await git.ok(['rev-parse', 'HEAD'], work)).trim());
    for (let i = 2; i <= 4; i++) {
      writeFileSync(join(work, 'CHANGELOG.md'), `Version ${i}\n`);
      await git.ok(['add', '.'], work);
      await git.ok(['commit', '--quiet', '-m', `Version ${i}`], work);
      commits.push((await git.ok(['rev-parse', 'HEAD'], work)).trim());
    }
    await git.ok(['tag', '-a', 'v1', '-m', 'v1', commits[0]], work);
    await git.ok(['push', '--quiet', authenticatedUrl(cloneUrl, token), 'main', 'v1'], work);
  });

  afterAll(async () => {
    git.cleanup();
    await platform.close();
  });

  it('is empty before the first push', async () => {
    await owner.ok(`mutation { createRepository(input: { namespace: "stadt", name: "leer", visibility: PUBLIC }) { id } }`);
    const empty = await owner.ok(`{ repository(namespace: "stadt", name: "leer") { headCommit tree { name } blob(path: "README.md") { text } commits { totalCount edges { cursor } } checkRuns { kind } } }`);
    expect(empty).toEqual({ repository: { headCommit: null, tree: [], blob: null, commits: { totalCount: 0, edges: [] }, checkRuns: [] } });
  });

  it('lists trees at the head, in folders and at a tag', async () => {
    const root = await owner.ok<{ repository: { tree: { name: string; type: string }[] } }>(REPO('tree { name type path }'));
    expect(root.repository.tree.map((entry) => `${entry.name}:${entry.type}`).sort()).toEqual([
      'CHANGELOG.md:BLOB', 'README.md:BLOB', 'docs:TREE', 'logo.png:BLOB', 'passwd-link:SYMLINK',
    ]);
    const docs = await owner.ok<{ repository: { tree: { path: string; type: string }[] } }>(REPO('tree(path: $path) { path type }'), { path: 'docs' });
    expect(docs.repository.tree).toEqual([{ path: 'docs/adr', type: 'TREE' }, { path: 'docs/up', type: 'SYMLINK' }]);
    const tagged = await owner.ok<{ repository: { tree: { name: string }[] } }>(REPO('tree(ref: $ref) { name }'), { ref: 'v1' });
    expect(tagged.repository.tree.map((entry) => entry.name)).not.toContain('CHANGELOG.md');
  });

  it('reads text, flags binary content and never follows symlinks', async () => {
    const read = (path: string) =>
      owner.ok<{ repository: { blob: { text: string | null; isBinary: boolean; isSymlink: boolean; size: number } | null } }>(
        REPO('blob(path: $path) { text isBinary isSymlink size }'),
        { path },
      );
    const readme = '# Akten\n\nAktenverwaltung für Kommunen.\n';
    expect((await read('README.md')).repository.blob).toEqual({ text: readme, isBinary: false, isSymlink: false, size: Buffer.byteLength(readme) });
    expect((await read('logo.png')).repository.blob).toMatchObject({ text: null, isBinary: true, size: 11 });
    expect((await read('passwd-link')).repository.blob).toEqual({ text: '/etc/passwd', isBinary: false, isSymlink: true, size: 11 });
    expect((await read('docs/up/README.md')).repository.blob).toBeNull();
    expect((await read('does/not/exist')).repository.blob).toBeNull();
  });

  it.each(['../../etc/passwd', 'docs/../README.md', '/../x', 'a\\b'])('refuses the path %p', async (path) => {
    for (const query of [REPO('blob(path: $path) { text }'), REPO('tree(path: $path) { name }')]) {
      const answer = await owner.request(query, { path });
      expect(answer.errors?.[0]).toMatchObject({ message: expect.stringContaining('is not a valid path'), extensions: { code: 'BAD_USER_INPUT' } });
    }
  });

  it.each([
    ['--upload-pack=x', 'BAD_USER_INPUT'],
    ['main..v1', 'BAD_USER_INPUT'],
    ['no-such-branch', 'NOT_FOUND'],
  ])('answers the ref %p with %p', async (ref, code) => {
    expect(await owner.errorCode(REPO('tree(ref: $ref) { name }'), { ref })).toBe(code);
  });

  it('pages through the commit log', async () => {
    const page = (after?: string) =>
      owner.ok<{ repository: { commits: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: { oid: string; message: string; author: { name: string } } }[] } } }>(
        REPO('commits(first: 3, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { oid message author { name } } } }'),
        { after },
      );
    const first = await page();
    expect(first.repository.commits.totalCount).toBe(4);
    expect(first.repository.commits.edges.map((edge) => edge.node.oid)).toEqual([...commits].reverse().slice(0, 3));
    expect(first.repository.commits.edges[0].node).toMatchObject({ message: 'Version 4\n', author: { name: 'Test Author' } });
    expect(first.repository.commits.pageInfo.hasNextPage).toBe(true);
    const second = await page(first.repository.commits.pageInfo.endCursor);
    expect(second.repository.commits.edges.map((edge) => edge.node.oid)).toEqual([commits[0]]);
    expect(second.repository.commits.pageInfo.hasNextPage).toBe(false);
  });

  it('shows the push history and the check runs of the head commit', async () => {
    type Data = { repository: { headCommit: string; pushHistory: { edges: { node: { ref: string; actor: string } }[] }; checkRuns: { kind: string; status: string; commit: string }[] } };
    const read = () => owner.ok<Data>(REPO('headCommit pushHistory { edges { node { ref actor } } } checkRuns { kind status commit }'));
    // The checks finish on their own: no license and no publishing files here, and no component to index.
    await waitFor(async () => (await read()).repository.checkRuns.every((run) => !['QUEUED', 'RUNNING'].includes(run.status)));
    const data = await read();
    expect(data.repository.headCommit).toBe(commits[3]);
    expect(data.repository.pushHistory.edges.map((edge) => edge.node).sort((a, b) => a.ref.localeCompare(b.ref))).toEqual([
      { ref: 'refs/heads/main', actor: 'olga' },
      { ref: 'refs/tags/v1', actor: 'olga' },
    ]);
    expect(data.repository.checkRuns.map((run) => `${run.kind}:${run.status}:${run.commit}`).sort()).toEqual(
      ['CATALOGUE:PASSED', 'CONDUCT:FAILED', 'LICENSE:FAILED'].map((run) => `${run}:${commits[3]}`),
    );
  });

  it('requests checks of an older commit once, however often asked', async () => {
    const request = () => owner.ok<{ requestChecks: { id: string }[] }>(`mutation($id: ID!, $commit: String) { requestChecks(repositoryId: $id, commit: $commit) { id kind status } }`, { id: repositoryId, commit: commits[0] });
    const first = await request();
    const second = await request();
    expect(first.requestChecks).toHaveLength(3);
    expect(second.requestChecks.map((run) => run.id)).toEqual(first.requestChecks.map((run) => run.id));
    const outsider = platform.client(await platform.userWithToken('otto'));
    expect(await outsider.errorCode(`mutation($id: ID!) { requestChecks(repositoryId: $id) { id } }`, { id: repositoryId })).toBe('FORBIDDEN');
  });

  it('lets a maintainer allow force-pushes to the default branch', async () => {
    const developer = platform.client(await platform.userWithToken('dora'));
    await owner.ok(`mutation { addMember(input: { namespace: "stadt", username: "dora", role: DEVELOPER }) { role } }`);
    const allow = `mutation($id: ID!, $allow: Boolean!) { setAllowForcePush(repositoryId: $id, allow: $allow) { allowForcePush } }`;
    expect(await developer.errorCode(allow, { id: repositoryId, allow: true })).toBe('FORBIDDEN');
    expect(await owner.ok(allow, { id: repositoryId, allow: true })).toEqual({ setAllowForcePush: { allowForcePush: true } });
    const forced = await git.run(['push', '--force', authenticatedUrl(cloneUrl, token), `${commits[2]}:refs/heads/main`], work);
    expect(forced.status).toBe(0);
    const head = await owner.ok<{ repository: { headCommit: string } }>(REPO('headCommit'));
    expect(head.repository.headCommit).toBe(commits[2]);
    await owner.ok(allow, { id: repositoryId, allow: false });
  });
});
