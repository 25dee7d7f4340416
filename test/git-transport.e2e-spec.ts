import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { GraphqlClient } from '@allmende/testing';
import { authenticatedUrl, GitClient } from './support/git-client';
import { startTestPlatform, TestPlatform } from './support/test-platform';
import { waitFor } from './support/wait-for';

const CREATE_NAMESPACE = `mutation($input: CreateNamespaceInput!) { createNamespace(input: $input) { slug } }`;
const ADD_MEMBER = `mutation($input: AddMemberInput!) { addMember(input: $input) { role } }`;
const CREATE_REPOSITORY = `mutation($input: CreateRepositoryInput!) { createRepository(input: $input) { id cloneUrl } }`;

describe('git over smart HTTP', () => {
  let platform: TestPlatform;
  let git: GitClient;
  let ownerToken: string;
  let owner: GraphqlClient;
  let cloneUrl: string;
  let repositoryId: string;
  let work: string;

  beforeAll(async () => {
    platform = await startTestPlatform({ GIT_MAX_FILE_BYTES: String(1024 * 1024) });
    git = new GitClient();
    ownerToken = await platform.userWithToken('olga');
    owner = platform.client(ownerToken);
    await owner.ok(CREATE_NAMESPACE, { input: { slug: 'stadt', displayName: 'Stadt', kind: 'MUNICIPALITY' } });
    const created = await owner.ok<{ createRepository: { id: string; cloneUrl: string } }>(CREATE_REPOSITORY, {
      input: { namespace: 'stadt', name: 'portal', visibility: 'PUBLIC' },
    });
    cloneUrl = created.createRepository.cloneUrl;
    repositoryId = created.createRepository.id;

    work = await git.init();
    for (let i = 1; i <= 5; i++) {
      mkdirSync(join(work, 'src'), { recursive: true });
      writeFileSync(join(work, 'src', `module-${i}.ts`), `export const value${i} = ${i};\n`);
      await git.ok(['add', '.'], work);
      await git.ok(['commit', '--quiet', '-m', `commit ${i}`], work);
    }
    await git.ok(['branch', 'feature'], work);
    await git.ok(['tag', '-a', 'v1.0.0', '-m', 'release 1.0.0'], work);
    await git.ok(['tag', 'lightweight'], work);
  });

  afterAll(async () => {
    git.cleanup();
    await platform.close();
  });

  const refsOf = async (directory: string) =>
    (await git.ok(['for-each-ref', '--format=%(objectname) %(refname)'], directory)).trim().split('\n').sort();

  it('accepts a push of branches and tags with a token and records it', async () => {
    const pushed = await git.run(['push', '--quiet', authenticatedUrl(cloneUrl, ownerToken), 'main', 'feature', '--tags'], work);
    expect(pushed.stderr).toBe('');
    expect(pushed.status).toBe(0);
    const head = (await git.ok(['rev-parse', 'main'], work)).trim();
    const repository = await owner.ok<{ repository: { headCommit: string; defaultBranch: string } }>(
      '{ repository(namespace: "stadt", name: "portal") { headCommit defaultBranch } }',
    );
    expect(repository.repository).toEqual({ headCommit: head, defaultBranch: 'main' });
    const pushes = await platform.dataSource.query('SELECT ref, actor_name, new_sha FROM pushes WHERE repository_id = $1 ORDER BY ref', [repositoryId]);
    expect(pushes.map((push: { ref: string }) => push.ref)).toEqual(['refs/heads/feature', 'refs/heads/main', 'refs/tags/lightweight', 'refs/tags/v1.0.0']);
    expect(pushes.every((push: { actor_name: string }) => push.actor_name === 'olga')).toBe(true);
    const runs = () => platform.dataSource.query('SELECT kind, status FROM check_runs WHERE repository_id = $1 AND commit = $2 ORDER BY kind', [repositoryId, head]);
    // Every check runs at once: this repository has no license and none of the files the code of
    // conduct asks for; it describes no reusable component, which the catalogue check passes.
    const finished = (run: { kind: string; status: string }) => !['QUEUED', 'RUNNING'].includes(run.status);
    await waitFor(async () => (await runs()).every(finished));
    expect(await runs()).toEqual([
      { kind: 'CATALOGUE', status: 'PASSED' },
      { kind: 'CONDUCT', status: 'FAILED' },
      { kind: 'LICENSE', status: 'FAILED' },
    ]);
  });

  it('clones anonymously (public repository) with identical refs and a clean fsck', async () => {
    const clone = join(git.home, 'clone-anonymous');
    await git.ok(['clone', '--quiet', '--mirror', cloneUrl, clone]);
    expect(await refsOf(clone)).toEqual((await refsOf(work)).filter((ref) => !ref.includes('refs/remotes/')));
    expect((await git.run(['fsck', '--strict', '--no-progress'], clone)).status).toBe(0);
  });

  it.each(['0', '2'])('serves protocol version %s, shallow and partial clones', async (version) => {
    const shallow = join(git.home, `shallow-v${version}`);
    await git.ok(['-c', `protocol.version=${version}`, 'clone', '--quiet', '--depth', '1', cloneUrl, shallow]);
    expect((await git.ok(['rev-list', '--count', 'HEAD'], shallow)).trim()).toBe('1');
    const partial = join(git.home, `partial-v${version}`);
    await git.ok(['-c', `protocol.version=${version}`, 'clone', '--quiet', '--filter=blob:none', cloneUrl, partial]);
    expect((await git.ok(['rev-parse', 'HEAD'], partial)).trim()).toBe((await git.ok(['rev-parse', 'main'], work)).trim());
  });

  it('accepts pushes from developers of the namespace', async () => {
    const token = await platform.userWithToken('dora');
    await owner.ok(ADD_MEMBER, { input: { namespace: 'stadt', username: 'dora', role: 'DEVELOPER' } });
    const result = await git.run(['push', '--quiet', authenticatedUrl(cloneUrl, token), 'main:refs/heads/dora-feature'], work);
    expect(result.status).toBe(0);
  });

  it('fetches incrementally after a second push', async () => {
    const clone = join(git.home, 'clone-incremental');
    await git.ok(['clone', '--quiet', cloneUrl, clone]);
    writeFileSync(join(work, 'README.md'), '# Portal\n');
    await git.ok(['add', '.'], work);
    await git.ok(['commit', '--quiet', '-m', 'readme'], work);
    await git.ok(['push', '--quiet', authenticatedUrl(cloneUrl, ownerToken), 'main'], work);
    await git.ok(['fetch', '--quiet'], clone);
    expect((await git.ok(['rev-parse', 'origin/main'], clone)).trim()).toBe((await git.ok(['rev-parse', 'main'], work)).trim());
  });

  describe('refused pushes leave the repository unchanged', () => {
    let before: string[];
    let bare: string;

    beforeEach(async () => {
      bare = join(platform.config.dataDir, 'repositories', repositoryId.slice(0, 2), `${repositoryId}.git`);
      before = await refsOf(bare);
    });
    afterEach(async () => {
      expect(await refsOf(bare)).toEqual(before);
      expect((await git.run(['fsck', '--strict', '--no-progress'], bare)).status).toBe(0);
    });

    async function commitOnTop(message: string): Promise<void> {
      writeFileSync(join(work, 'change.txt'), `${message}\n`);
      await git.ok(['add', '.'], work);
      await git.ok(['commit', '--quiet', '-m', message], work);
    }

    it('without a token: git is asked to authenticate', async () => {
      await commitOnTop('anonymous attempt');
      const result = await git.run(['push', cloneUrl, 'main'], work);
      expect(result.status).not.toBe(0);
      expect(result.stderr).toMatch(/could not read Username|Authentication failed|401/);
      await git.ok(['reset', '--quiet', '--hard', 'HEAD~1'], work);
    });

    it('with a read-only token', async () => {
      const token = await platform.userWithToken('olga', { scopes: ['READ'] });
      await commitOnTop('read-only attempt');
      const result = await git.run(['push', authenticatedUrl(cloneUrl, token), 'main'], work);
      expect(result.stderr).toMatch(/403/);
      await git.ok(['reset', '--quiet', '--hard', 'HEAD~1'], work);
    });

    it('by a non-member', async () => {
      const token = await platform.userWithToken('otto');
      await commitOnTop('outsider attempt');
      const result = await git.run(['push', authenticatedUrl(cloneUrl, token), 'main'], work);
      expect(result.stderr).toMatch(/403/);
      await git.ok(['reset', '--quiet', '--hard', 'HEAD~1'], work);
    });

    it('force-pushing or deleting the protected default branch', async () => {
      await git.ok(['branch', '--quiet', 'rewritten', 'main~1'], work);
      const forced = await git.run(['push', '--force', authenticatedUrl(cloneUrl, ownerToken), 'rewritten:main'], work);
      expect(forced.stderr).toContain('the default branch is protected; force-pushes are not allowed');
      const deleted = await git.run(['push', authenticatedUrl(cloneUrl, ownerToken), ':main'], work);
      expect(deleted.status).not.toBe(0);
      expect(deleted.stderr).toMatch(/protected|refusing to delete the current branch/);
      await git.ok(['branch', '--quiet', '-D', 'rewritten'], work);
    });

    it('with a file over the size limit', async () => {
      writeFileSync(join(work, 'dump.bin'), Buffer.alloc(1024 * 1024 + 1, 7));
      await git.ok(['add', '.'], work);
      await git.ok(['commit', '--quiet', '-m', 'big file'], work);
      const result = await git.run(['push', authenticatedUrl(cloneUrl, ownerToken), 'main'], work);
      expect(result.stderr).toContain('file dump.bin (1048577 bytes) is larger than the limit of 1048576 bytes');
      await git.ok(['reset', '--quiet', '--hard', 'HEAD~1'], work);
    });

    it('with a ref named like an option', async () => {
      const result = await git.run(['push', authenticatedUrl(cloneUrl, ownerToken), 'main:refs/heads/--upload-pack=x'], work);
      expect(result.status).not.toBe(0);
      expect(result.stderr).toMatch(/must not start with "-"|funny refname|bad ref/);
    });
  });
});
