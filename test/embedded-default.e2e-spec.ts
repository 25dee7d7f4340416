import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { graphqlRequest } from '@allmende/testing';
import { buildOnce, PlatformProcess, runCli, spawnPlatform, waitReady } from './support/platform-process';

/**
 * What a new user gets from `npm install && npm start`: no DATABASE_URL, no REDIS_URL, an
 * embedded PostgreSQL under DATA_DIR, the PostgreSQL queue backend and demo data.
 */
describe('embedded default (no DATABASE_URL, no REDIS_URL)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'allmende-embedded-'));
  // Exactly what `npm start` gets on a fresh machine: no database, no Redis, no demo flag.
  const env = { DATA_DIR: dataDir };
  let server: PlatformProcess | undefined;

  beforeAll(() => buildOnce());

  afterAll(async () => {
    if (server && server.child.exitCode === null) {
      server.child.kill('SIGTERM');
      await server.exited;
    }
    const postmaster = postmasterPid(dataDir);
    if (postmaster) process.kill(postmaster, 'SIGINT');
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('starts, becomes ready and serves the demo data', async () => {
    server = await spawnPlatform(env);
    await waitReady(server);
    const ready = (await (await fetch(`${server.url}/health/ready`)).json()) as { components: Record<string, { status: string }> };
    expect(ready.components).toEqual({ database: { status: 'up' }, queue: { status: 'up' }, storage: { status: 'up' } });

    const listing = await graphqlRequest<{ repositories: { edges: { node: { fullName: string } }[] } }>(
      server.url,
      '{ repositories(first: 50) { edges { node { fullName } } } }',
    );
    const names = listing.data?.repositories.edges.map((edge) => edge.node.fullName);
    expect(names).toEqual(expect.arrayContaining(['musterstadt/buergerbeteiligung', 'it-beispielland/postgresql-gehaertet', 'bund-it/nextcloud-gehaertet']));
    expect(names).not.toContain('musterstadt/interne-skripte');

    // The built code finds the shipped demo content too.
    const demo = await graphqlRequest<{ repository: { headCommit: string | null } }>(
      server.url,
      '{ repository(namespace: "it-beispielland", name: "postgresql-gehaertet") { headCommit } }',
    );
    expect(demo.data?.repository.headCommit).toMatch(/^[0-9a-f]{40}$/);
  });

  it('lets the command line create a token while the server runs, on the same embedded database', async () => {
    const result = runCli(['token', 'create', '--username', 'anna.schmidt', '--scopes', 'read,write'], env);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const token = result.stdout.trim();
    expect(token).toMatch(/^almp_[A-Za-z0-9_-]{43}$/);

    const me = await graphqlRequest<{ me: { username: string } }>(server!.url, '{ me { username } }', undefined, token);
    expect(me.data).toEqual({ me: { username: 'anna.schmidt' } });
    const created = await graphqlRequest(
      server!.url,
      'mutation { createNamespace(input: { slug: "kreis-beispiel", displayName: "Kreis Beispiel", kind: MUNICIPALITY }) { slug } }',
      undefined,
      token,
    );
    expect(created.errors).toBeUndefined();
  });

  it('starts again after being killed with SIGKILL, with its data intact', async () => {
    server!.child.kill('SIGKILL');
    await server!.exited;
    const orphan = postmasterPid(dataDir);
    expect(orphan).toBeDefined();

    server = await spawnPlatform(env);
    await waitReady(server);
    expect(server.output()).toContain('left behind by a previous run');
    const namespace = await graphqlRequest<{ namespace: { displayName: string } | null }>(
      server.url,
      '{ namespace(slug: "kreis-beispiel") { displayName } }',
    );
    expect(namespace.data).toEqual({ namespace: { displayName: 'Kreis Beispiel' } });
    expect(server.output()).toContain('demo data present');
  });

  it('drains and exits cleanly on SIGTERM, stopping its PostgreSQL', async () => {
    const postmaster = postmasterPid(dataDir);
    expect(postmaster).toBeDefined();
    server!.child.kill('SIGTERM');
    const exit = await server!.exited;
    expect(exit).toEqual({ code: 0, signal: null });
    expect(isRunning(postmaster as number)).toBe(false);
    const lines = server!.output().trim().split('\n');
    for (const line of lines) {
      const entry = JSON.parse(line) as { time: string; level: string };
      expect(new Date(entry.time).toISOString()).toBe(entry.time);
    }
  });
});

function postmasterPid(dataDir: string): number | undefined {
  const file = join(dataDir, 'postgres', 'postmaster.pid');
  if (!existsSync(file)) return undefined;
  const pid = Number(readFileSync(file, 'utf8').split('\n')[0]);
  return isRunning(pid) ? pid : undefined;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}
