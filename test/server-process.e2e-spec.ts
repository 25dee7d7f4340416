import { request as httpRequest } from 'node:http';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDatabase, graphqlRequest, TestDatabase } from '@allmende/testing';
import { buildOnce, PlatformProcess, runCli, spawnPlatform, waitReady } from './support/platform-process';
import { waitFor } from './support/wait-for';

/** The built server and command line as separate processes on an external database. */
describe('server processes', () => {
  let database: TestDatabase;
  let dataDir: string;
  let env: Record<string, string>;
  const running: PlatformProcess[] = [];

  beforeAll(async () => {
    buildOnce();
    database = await createTestDatabase();
    dataDir = mkdtempSync(join(tmpdir(), 'allmende-process-'));
    env = {
      DATA_DIR: dataDir,
      DATABASE_URL: database.url,
      QUEUE_PREFIX: `p${Date.now().toString(36)}`,
      ...(process.env.ALLMENDE_TEST_REDIS_URL ? { REDIS_URL: process.env.ALLMENDE_TEST_REDIS_URL } : {}),
    };
  });

  afterAll(async () => {
    for (const server of running) {
      if (server.child.exitCode === null) {
        server.child.kill('SIGKILL');
        await server.exited;
      }
    }
    await database.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  async function start(extra: Record<string, string> = {}, entry = 'dist/apps/api/src/main.js'): Promise<PlatformProcess> {
    const server = await spawnPlatform({ ...env, ...extra }, entry);
    running.push(server);
    await waitReady(server);
    return server;
  }

  it.each([
    [{ PORT: 'abc' }, 'Invalid configuration: PORT must be an integer from 0 to 65535 (got "abc")'],
    [{ ALLMENDE_ROLE: 'everything' }, 'Invalid configuration: ALLMENDE_ROLE must be one of all, api, worker (got "everything")'],
    [{ DATABASE_URL: 'mysql://db/x' }, 'Invalid configuration: DATABASE_URL must use postgres: or postgresql: (got "mysql:")'],
  ])('refuses to start with %p, printing one line that names the variable', async (bad, line) => {
    const server = await spawnPlatform({ ...env, ...bad }, 'dist/apps/api/src/main.js');
    const exit = await server.exited;
    expect(exit.code).toBe(1);
    expect(server.output()).toBe(`${line}\n`);
  });

  it('refuses to start with an invalid license policy, printing one line that names the file and the problem', async () => {
    const policy = join(dataDir, 'policy.yaml');
    writeFileSync(policy, 'version: 1\nallow:\n  licenses: [MIT-ish]\n');
    for (const entry of ['dist/apps/api/src/main.js', 'dist/apps/worker/src/main.js']) {
      const server = await spawnPlatform({ ...env, LICENSE_POLICY_FILE: policy }, entry);
      expect((await server.exited).code).toBe(1);
      expect(server.output()).toBe(`Invalid license policy: ${policy}: allow.licenses[0]: "MIT-ish" is not an SPDX license id\n`);
    }
    const missing = await spawnPlatform({ ...env, LICENSE_POLICY_FILE: join(dataDir, 'none.yaml') }, 'dist/apps/api/src/main.js');
    expect((await missing.exited).code).toBe(1);
    expect(missing.output()).toBe(`Invalid license policy: ${join(dataDir, 'none.yaml')}: cannot be read (no such file)\n`);
  });

  it('runs the command line against the database: users, tokens, migrations, demo data', () => {
    expect(runCli(['migrate'], env)).toMatchObject({ status: 0, stdout: expect.stringMatching(/applied migration|up to date/) });
    expect(runCli(['migrate'], env)).toMatchObject({ status: 0, stdout: 'database schema is up to date\n' });
    expect(runCli(['user', 'create', '--username', 'operator', '--role', 'ADMIN'], env)).toMatchObject({
      status: 0,
      stdout: expect.stringContaining('created user operator'),
    });
    const token = runCli(['token', 'create', '--username', 'operator', '--scopes', 'read,admin'], env);
    expect(token.status).toBe(0);
    expect(token.stdout).toMatch(/^almp_[A-Za-z0-9_-]{43}\n$/);
    expect(runCli(['seed-demo'], env)).toMatchObject({ status: 0, stdout: 'demo data seeded\n' });
    expect(runCli(['seed-demo'], env)).toMatchObject({ status: 0, stdout: 'demo data present already\n' });
  });

  it.each([
    [['token', 'create', '--username', 'operator'], 2, /--scopes is required/],
    [['token', 'create', '--username', 'operator', '--scopes', 'root'], 2, /unknown scope ROOT/],
    [['token', 'create', '--username', 'nobody', '--scopes', 'read'], 1, /error \[NOT_FOUND\]: user "nobody" not found/],
    [['user', 'create', '--username', '../etc'], 1, /error \[BAD_USER_INPUT\]: username must be/],
    [['user', 'create', '--username', 'operator'], 1, /error \[CONFLICT\]: username "operator" is taken/],
    [['user', 'create', '--bogus'], 2, /Unknown option '--bogus'/],
    [['frobnicate'], 2, /unknown command: frobnicate/],
  ])('answers bad command line input %p with exit code %p and a clear message', (args, status, message) => {
    const result = runCli(args, env);
    expect(result.status).toBe(status);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
  });

  it('splits into API and worker processes that share the database and queue', async () => {
    const token = runCli(['token', 'create', '--username', 'anna.schmidt', '--scopes', 'write'], env).stdout.trim();
    const api = await start({ ALLMENDE_ROLE: 'api' });
    const listing = await graphqlRequest<{ repository: { id: string } }>(
      api.url,
      '{ repository(namespace: "musterstadt", name: "formular-bibliothek") { id } }',
    );
    const id = listing.data?.repository.id as string;
    const deleted = await graphqlRequest(api.url, 'mutation($id: ID!) { deleteRepository(id: $id) }', { id }, token);
    expect(deleted.errors).toBeUndefined();

    // An API-only replica never processes jobs: the purge waits for a worker.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(await repositoryRows(id)).toBe(1);

    const worker = await start({}, 'dist/apps/worker/src/main.js');
    const workerGraphql = await fetch(`${worker.url}/graphql`, { method: 'POST' });
    expect(workerGraphql.status).toBe(404);
    await waitFor(async () => (await repositoryRows(id)) === 0);
  });

  it('finishes a request that is in flight when SIGTERM arrives, then exits 0', async () => {
    const server = await start();
    const body = JSON.stringify({ query: '{ namespace(slug: "musterstadt") { displayName } }' });
    const { port } = new URL(server.url);
    const response = new Promise<{ status: number; body: string }>((resolve, reject) => {
      const request = httpRequest(
        { host: '127.0.0.1', port, path: '/graphql', method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
        (res) => {
          let text = '';
          res.on('data', (chunk: Buffer) => (text += chunk.toString()));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
        },
      );
      request.on('error', reject);
      // Half the body now, the rest after the signal: the request is in flight meanwhile.
      request.write(body.slice(0, 10));
      setTimeout(() => {
        server.child.kill('SIGTERM');
        setTimeout(() => request.end(body.slice(10)), 500);
      }, 300);
    });
    const answered = await response;
    expect(answered.status).toBe(200);
    expect(JSON.parse(answered.body)).toEqual({ data: { namespace: { displayName: 'Stadt Musterstadt' } } });
    expect(await server.exited).toEqual({ code: 0, signal: null });
    await expect(fetch(`${server.url}/health/live`)).rejects.toThrow();
  });

  async function repositoryRows(id: string): Promise<number> {
    const { Client } = await import('pg');
    const client = new Client({ connectionString: database.url });
    await client.connect();
    try {
      return (await client.query('SELECT 1 FROM repositories WHERE id = $1', [id])).rowCount ?? 0;
    } finally {
      await client.end();
    }
  }
});
