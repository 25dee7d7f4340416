import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GraphqlClient } from '@allmende/testing';
import { authenticatedUrl, GitClient } from './support/git-client';
import { startTestPlatform, TestPlatform } from './support/test-platform';
import { waitFor } from './support/wait-for';

const MIRROR = `{ repository(namespace: "stadt", name: "spiegel") { id headCommit mirrorOf mirrorStatus { lastFetchedAt lastError } checkRuns { kind status } } }`;

type MirrorState = { repository: { id: string; headCommit: string | null; mirrorOf: string; mirrorStatus: { lastFetchedAt: string | null; lastError: string | null }; checkRuns: { kind: string }[] } };

/** A public body developing elsewhere publishes here: the upstream is served by the platform itself. */
describe('pull mirrors', () => {
  let platform: TestPlatform;
  let git: GitClient;
  let token: string;
  let owner: GraphqlClient;
  let upstreamUrl: string;
  let work: string;

  beforeAll(async () => {
    platform = await startTestPlatform({ MIRROR_ALLOW_PRIVATE_NETWORKS: '1' });
    git = new GitClient();
    token = await platform.userWithToken('olga');
    owner = platform.client(token);
    await owner.ok(`mutation { createNamespace(input: { slug: "stadt", displayName: "Stadt", kind: MUNICIPALITY }) { slug } }`);
    const upstream = await owner.ok<{ createRepository: { cloneUrl: string } }>(
      `mutation { createRepository(input: { namespace: "stadt", name: "quelle", visibility: PUBLIC }) { cloneUrl } }`,
    );
    upstreamUrl = upstream.createRepository.cloneUrl;
    work = await git.init();
    writeFileSync(join(work, 'README.md'), '# Quelle\n');
    await git.ok(['add', '.'], work);
    await git.ok(['commit', '--quiet', '-m', 'start'], work);
    await git.ok(['tag', 'v1'], work);
    await git.ok(['push', '--quiet', authenticatedUrl(upstreamUrl, token), 'main', 'v1'], work);
  });

  afterAll(async () => {
    git.cleanup();
    await platform.close();
  });

  const head = async () => (await git.ok(['rev-parse', 'main'], work)).trim();

  it('fetches the upstream after creation and queues the checks of mirrored commits', async () => {
    await owner.ok(`mutation($url: String!) { createRepository(input: { namespace: "stadt", name: "spiegel", visibility: PUBLIC, mirrorOf: $url }) { id } }`, {
      url: upstreamUrl,
    });
    const expected = await head();
    await waitFor(async () => (await owner.ok<MirrorState>(MIRROR)).repository.headCommit === expected);
    const state = await owner.ok<MirrorState>(MIRROR);
    expect(state.repository).toMatchObject({ mirrorOf: upstreamUrl, mirrorStatus: { lastError: null } });
    expect(state.repository.checkRuns.map((run) => run.kind).sort()).toEqual(['CATALOGUE', 'CONDUCT', 'LICENSE']);
    const clone = join(git.home, 'mirror-clone');
    await git.ok(['clone', '--quiet', `${platform.url}/git/stadt/spiegel.git`, clone]);
    expect((await git.ok(['tag'], clone)).trim()).toBe('v1');
  });

  it('refuses pushes to the mirror', async () => {
    const result = await git.run(['push', authenticatedUrl(`${platform.url}/git/stadt/spiegel.git`, token), 'main:refs/heads/other'], work);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/403/);
  });

  it('fetches on request', async () => {
    writeFileSync(join(work, 'CHANGELOG.md'), 'v2\n');
    await git.ok(['add', '.'], work);
    await git.ok(['commit', '--quiet', '-m', 'v2'], work);
    await git.ok(['push', '--quiet', authenticatedUrl(upstreamUrl, token), 'main'], work);
    const { repository } = await owner.ok<MirrorState>(MIRROR);
    await owner.ok(`mutation($id: ID!) { syncMirror(repositoryId: $id) { id } }`, { id: repository.id });
    const expected = await head();
    await waitFor(async () => (await owner.ok<MirrorState>(MIRROR)).repository.headCommit === expected);
  });

  it('shows why a fetch failed', async () => {
    await owner.ok(`mutation($url: String!) { createRepository(input: { namespace: "stadt", name: "kaputt", visibility: PUBLIC, mirrorOf: $url }) { id } }`, {
      url: `${platform.url}/git/stadt/gibt-es-nicht.git`,
    });
    const status = async () =>
      (await owner.ok<{ repository: { mirrorStatus: { lastError: string | null; lastFetchedAt: string | null } } }>(
        `{ repository(namespace: "stadt", name: "kaputt") { mirrorStatus { lastError lastFetchedAt } } }`,
      )).repository.mirrorStatus;
    await waitFor(async () => (await status()).lastFetchedAt !== null);
    expect((await status()).lastError).toMatch(/git fetch failed/);
  });

  it.each(['ftp://example.org/x.git', 'file:///etc/passwd', 'https://user:pw@example.org/x.git', '--upload-pack=touch'])(
    'refuses the source %p',
    async (url) => {
      expect(
        await owner.errorCode(`mutation($url: String!) { createRepository(input: { namespace: "stadt", name: "nein", visibility: PUBLIC, mirrorOf: $url }) { id } }`, { url }),
      ).toBe('BAD_USER_INPUT');
    },
  );
});

describe('pull mirrors without private networks allowed (the default)', () => {
  let platform: TestPlatform;

  beforeAll(async () => {
    platform = await startTestPlatform();
  });
  afterAll(() => platform.close());

  it.each(['http://127.0.0.1:1/x.git', 'http://localhost/x.git', 'http://169.254.169.254/latest/meta-data', 'http://[::1]/x.git', 'http://10.0.0.1/x.git'])(
    'refuses %p (SSRF)',
    async (url) => {
      const owner = platform.client(await platform.userWithToken('olga'));
      await owner.request(`mutation { createNamespace(input: { slug: "stadt", displayName: "Stadt", kind: MUNICIPALITY }) { slug } }`);
      const answer = await owner.request(
        `mutation($url: String!) { createRepository(input: { namespace: "stadt", name: "intern", visibility: PUBLIC, mirrorOf: $url }) { id } }`,
        { url },
      );
      expect(answer.errors?.[0]).toMatchObject({ message: expect.stringMatching(/private or loopback|does not resolve/), extensions: { code: 'BAD_USER_INPUT' } });
    },
  );
});
