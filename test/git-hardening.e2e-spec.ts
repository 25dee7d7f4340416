import { execFileSync } from 'node:child_process';
import { request as httpRequest, ClientRequest } from 'node:http';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GraphqlClient } from '@allmende/testing';
import { authenticatedUrl, GitClient } from './support/git-client';
import { startTestPlatform, TestPlatform } from './support/test-platform';
import { waitFor } from './support/wait-for';

describe('git transport under hostile input', () => {
  let platform: TestPlatform;
  let git: GitClient;
  let token: string;
  let owner: GraphqlClient;
  let cloneUrl: string;
  let repositoryId: string;
  let work: string;

  beforeAll(async () => {
    platform = await startTestPlatform({ GIT_MAX_PROCESSES_PER_CLIENT: '2', GIT_MAX_PUSH_BYTES: '200000', GIT_TIMEOUT_MS: '3000' });
    git = new GitClient();
    token = await platform.userWithToken('olga');
    owner = platform.client(token);
    await owner.ok(`mutation { createNamespace(input: { slug: "stadt", displayName: "Stadt", kind: MUNICIPALITY }) { slug } }`);
    const created = await owner.ok<{ createRepository: { id: string; cloneUrl: string } }>(
      `mutation { createRepository(input: { namespace: "stadt", name: "dienst", visibility: PUBLIC }) { id cloneUrl } }`,
    );
    ({ id: repositoryId, cloneUrl } = created.createRepository);
    work = await git.init();
    writeFileSync(join(work, 'README.md'), '# Dienst\n');
    await git.ok(['add', '.'], work);
    await git.ok(['commit', '--quiet', '-m', 'start'], work);
    await git.ok(['push', '--quiet', authenticatedUrl(cloneUrl, token), 'main'], work);
  });

  afterAll(async () => {
    git.cleanup();
    await platform.close();
  });

  const bare = () => join(platform.config.dataDir, 'repositories', repositoryId.slice(0, 2), `${repositoryId}.git`);
  const refs = async () => (await git.ok(['for-each-ref', '--format=%(objectname) %(refname)'], bare())).trim();
  const gitProcessesFor = () => {
    try {
      return execFileSync('pgrep', ['-f', `stateless-rpc ${bare()}`], { encoding: 'utf8' }).trim().split('\n').filter(Boolean);
    } catch {
      return [];
    }
  };

  it.each([
    '/git/stadt/../dienst.git/info/refs?service=git-upload-pack',
    '/git/stadt/%2e%2e/info/refs?service=git-upload-pack',
    '/git/stadt/..%2f..%2fetc.git/info/refs?service=git-upload-pack',
    '/git/stadt/dienst%2f..%2f..%2f.git/info/refs?service=git-upload-pack',
    '/git/stadt/..%5c..%5cdienst.git/info/refs?service=git-upload-pack',
    '/git/stadt/dienst\u2024git/info/refs?service=git-upload-pack',
    '/git/%2e%2e/dienst.git/info/refs?service=git-upload-pack',
    '/git/stadt/--upload-pack=touch%20x.git/info/refs?service=git-upload-pack',
    '/git/stadt/-dienst.git/info/refs?service=git-upload-pack',
  ])('never lets %p reach the file system', async (path) => {
    const before = readdirSync(platform.config.dataDir).sort();
    const response = await fetch(new URL(path, platform.url), { headers: { authorization: `Bearer ${token}` } });
    expect([400, 404]).toContain(response.status);
    expect(readdirSync(platform.config.dataDir).sort()).toEqual(before);
  });

  it('refuses the dumb protocol and unknown services', async () => {
    expect((await fetch(`${platform.url}/git/stadt/dienst.git/info/refs`)).status).toBe(403);
    expect((await fetch(`${platform.url}/git/stadt/dienst.git/info/refs?service=git-upload-archive`)).status).toBe(403);
    expect((await fetch(`${platform.url}/git/stadt/dienst.git/HEAD`)).status).toBe(404);
  });

  it('refuses a malformed object and leaves the repository as it was', async () => {
    const before = await refs();
    const tree = (await git.ok(['rev-parse', 'HEAD^{tree}'], work)).trim();
    // A commit whose author line has no e-mail: git fsck calls this missingEmail.
    const broken = `tree ${tree}\nauthor Broken <> 1700000000 +0000\ncommitter Broken\n\nbroken\n`;
    const brokenFile = join(git.home, 'broken-commit');
    writeFileSync(brokenFile, broken);
    const oid = (await git.ok(['hash-object', '-t', 'commit', '--literally', '-w', brokenFile], work)).trim();
    const result = await git.run(['push', authenticatedUrl(cloneUrl, token), `${oid}:refs/heads/broken`], work);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/fsck|missing|bad/i);
    expect(await refs()).toBe(before);
    expect((await git.run(['fsck', '--strict', '--no-progress'], bare())).status).toBe(0);
  });

  function hangingRequest(service: 'git-upload-pack' | 'git-receive-pack'): ClientRequest {
    const { port } = new URL(platform.url);
    const request = httpRequest({
      host: '127.0.0.1',
      port,
      method: 'POST',
      path: `/git/stadt/dienst.git/${service}`,
      headers: {
        'content-type': `application/x-${service}-request`,
        authorization: `Basic ${Buffer.from(`git:${token}`).toString('base64')}`,
        'transfer-encoding': 'chunked',
      },
    });
    request.on('error', () => undefined);
    // Half a pkt-line length, then nothing: git waits for the rest.
    request.write('00');
    return request;
  }

  it('kills the git process when the client goes away mid-request, leaving the repository intact', async () => {
    const before = await refs();
    for (const service of ['git-upload-pack', 'git-receive-pack'] as const) {
      const request = hangingRequest(service);
      await waitFor(() => gitProcessesFor().length === 1);
      request.destroy();
      await waitFor(() => gitProcessesFor().length === 0);
    }
    expect(await refs()).toBe(before);
    expect((await git.run(['fsck', '--strict', '--no-progress'], bare())).status).toBe(0);
  });

  it('refuses a push larger than receive.maxInputSize', async () => {
    const before = await refs();
    const { randomBytes } = await import('node:crypto');
    writeFileSync(join(work, 'noise.bin'), randomBytes(300_000));
    await git.ok(['add', '.'], work);
    await git.ok(['commit', '--quiet', '-m', 'too much'], work);
    const result = await git.run(['push', authenticatedUrl(cloneUrl, token), 'main'], work);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/pack exceeds maximum allowed size/);
    await git.ok(['reset', '--quiet', '--hard', 'HEAD~1'], work);
    expect(await refs()).toBe(before);
  });

  it('ends a git process that outlives GIT_TIMEOUT_MS even while its client waits', async () => {
    const request = hangingRequest('git-upload-pack');
    await waitFor(() => gitProcessesFor().length === 1);
    const started = Date.now();
    await waitFor(() => gitProcessesFor().length === 0);
    expect(Date.now() - started).toBeLessThan(10_000);
    request.destroy();
  });

  it('deletes branches and tags other than the default branch, and records it', async () => {
    await git.ok(['push', '--quiet', authenticatedUrl(cloneUrl, token), 'main:refs/heads/kurz', 'main:refs/tags/t1'], work);
    await git.ok(['push', '--quiet', authenticatedUrl(cloneUrl, token), ':refs/heads/kurz', ':refs/tags/t1'], work);
    expect(await refs()).not.toMatch(/kurz|t1/);
    const deletions = await platform.dataSource.query(
      `SELECT ref FROM pushes WHERE repository_id = $1 AND new_sha = '0000000000000000000000000000000000000000' ORDER BY ref`,
      [repositoryId],
    );
    expect(deletions.map((row: { ref: string }) => row.ref)).toEqual(['refs/heads/kurz', 'refs/tags/t1']);
  });

  it('answers 429 beyond the concurrent git processes allowed per client', async () => {
    const hanging = [hangingRequest('git-upload-pack'), hangingRequest('git-upload-pack')];
    await waitFor(() => gitProcessesFor().length === 2);
    const third = await fetch(`${platform.url}/git/stadt/dienst.git/info/refs?service=git-upload-pack`, {
      headers: { authorization: `Basic ${Buffer.from(`git:${token}`).toString('base64')}` },
    });
    expect(third.status).toBe(429);
    expect(third.headers.get('retry-after')).toBe('5');
    for (const request of hanging) request.destroy();
    // Slots free up as the killed processes are reaped.
    await waitFor(async () => {
      const again = await fetch(`${platform.url}/git/stadt/dienst.git/info/refs?service=git-upload-pack`, {
        headers: { authorization: `Basic ${Buffer.from(`git:${token}`).toString('base64')}` },
      });
      await again.arrayBuffer();
      return again.status === 200;
    });
  });

  it('asks anonymous clients to authenticate for private repositories and hides them from outsiders', async () => {
    await owner.ok(`mutation { createRepository(input: { namespace: "stadt", name: "geheim", visibility: PRIVATE }) { id } }`);
    const url = `${platform.url}/git/stadt/geheim.git/info/refs?service=git-upload-pack`;
    const anonymous = await fetch(url);
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('www-authenticate')).toMatch(/^Basic realm="Allmende"/);
    const outsider = await platform.userWithToken('otto');
    const hidden = await fetch(url, { headers: { authorization: `Basic ${Buffer.from(`git:${outsider}`).toString('base64')}` } });
    expect(hidden.status).toBe(404);
    const member = await fetch(url, { headers: { authorization: `Basic ${Buffer.from(`git:${token}`).toString('base64')}` } });
    expect(member.status).toBe(200);
    await member.arrayBuffer();
    const badToken = await fetch(url, { headers: { authorization: `Basic ${Buffer.from('git:almp_wrong').toString('base64')}` } });
    expect(badToken.status).toBe(401);
  });

  it('removes the storage when a deleted repository is purged', async () => {
    const created = await owner.ok<{ createRepository: { id: string } }>(
      `mutation { createRepository(input: { namespace: "stadt", name: "weg", visibility: PUBLIC }) { id } }`,
    );
    const id = created.createRepository.id;
    const path = join(platform.config.dataDir, 'repositories', id.slice(0, 2), `${id}.git`);
    expect(readdirSync(path)).toContain('HEAD');
    await owner.ok(`mutation($id: ID!) { deleteRepository(id: $id) }`, { id });
    await waitFor(() => {
      try {
        readdirSync(path);
        return false;
      } catch {
        return true;
      }
    });
  });
});
