import type { FormattedExecutionResult } from 'graphql';
import { Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { CheckRunUpdates } from '@allmende/checks';
import { JobQueue } from '@allmende/queue';
import { GraphqlClient } from '@allmende/testing';
import { GitClient } from './support/git-client';
import { startTestPlatform, TestPlatform } from './support/test-platform';
import { waitFor } from './support/wait-for';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const MIT = (require('spdx-license-list/full') as Record<string, { licenseText: string }>).MIT.licenseText;

interface CheckRun {
  id: string;
  kind: string;
  status: string;
  commit: string;
  summary: string | null;
  startedAt: string | null;
  finishedAt: string | null;
}

const CHECK_RUN_UPDATED = `subscription($repositoryId: ID!) {
  checkRunUpdated(repositoryId: $repositoryId) { id kind status commit summary startedAt finishedAt } }`;
const FINISHED = ['PASSED', 'FAILED', 'NEEDS_REVIEW', 'ERROR'];
const ORDER = ['QUEUED', 'RUNNING', 'FINISHED'];

/** What one subscription received, as the test sees it. */
class Subscriber {
  readonly results: FormattedExecutionResult<{ checkRunUpdated: CheckRun }, unknown>[] = [];
  error: unknown;
  completed = false;
  readonly stop: () => void;

  constructor(client: Client, query: string, variables: Record<string, unknown>) {
    this.stop = client.subscribe<{ checkRunUpdated: CheckRun }>(
      { query, variables },
      {
        next: (result) => void this.results.push(result),
        error: (error) => void (this.error = error),
        complete: () => void (this.completed = true),
      },
    );
  }

  get runs(): CheckRun[] {
    return this.results.flatMap((result) => (result.data ? [result.data.checkRunUpdated] : []));
  }

  statusesOf(kind: string): string[] {
    return this.runs.filter((run) => run.kind === kind).map((run) => run.status);
  }

  /** The error code of a subscription the server refused. */
  async refusal(): Promise<string | undefined> {
    await waitFor(() => this.completed || this.error !== undefined);
    const errors = this.results[0]?.errors ?? (Array.isArray(this.error) ? this.error : []);
    return (errors[0] as { extensions?: { code?: string } } | undefined)?.extensions?.code;
  }
}

/** checkRunUpdated over graphql-ws against the real server, its worker and real pushes. */
describe('checkRunUpdated subscription', () => {
  let platform: TestPlatform;
  let git: GitClient;
  let ownerToken: string;
  let owner: GraphqlClient;
  let outsiderToken: string;
  let follows: jest.SpyInstance;
  const clients: Client[] = [];

  beforeAll(async () => {
    platform = await startTestPlatform();
    git = new GitClient();
    ownerToken = await platform.userWithToken('paula');
    outsiderToken = await platform.userWithToken('otto', { scopes: ['READ'] });
    owner = platform.client(ownerToken);
    await owner.ok(`mutation { createNamespace(input: { slug: "amt", displayName: "Amt", kind: MUNICIPALITY }) { slug } }`);
    follows = jest.spyOn(platform.platform.app.get(CheckRunUpdates), 'follow');
  });

  afterEach(async () => {
    await Promise.all(clients.splice(0).map((client) => client.dispose()));
  });

  afterAll(async () => {
    git.cleanup();
    await platform.close();
  });

  function connect(token?: string, closed?: (event: { code: number; reason: string }) => void): Client {
    const client = createClient({
      url: `${platform.url.replace(/^http/, 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: token ? { authorization: `Bearer ${token}` } : undefined,
      retryAttempts: 0,
      on: { closed: (event) => closed?.(event as { code: number; reason: string }) },
    });
    clients.push(client);
    return client;
  }

  /** Subscribes and waits until the server follows the repository, so nothing pushed afterwards is missed. */
  async function subscribe(client: Client, repositoryId: string, count = 1): Promise<Subscriber[]> {
    const before = follows.mock.calls.length;
    const subscribers = Array.from({ length: count }, () => new Subscriber(client, CHECK_RUN_UPDATED, { repositoryId }));
    await waitFor(() => follows.mock.calls.length >= before + count);
    await Promise.all(follows.mock.results.slice(before).map((result) => result.value));
    return subscribers;
  }

  async function createRepository(name: string, visibility: 'PUBLIC' | 'PRIVATE'): Promise<{ id: string; cloneUrl: string }> {
    const created = await owner.ok<{ createRepository: { id: string; cloneUrl: string } }>(
      `mutation($input: CreateRepositoryInput!) { createRepository(input: $input) { id cloneUrl } }`,
      { input: { namespace: 'amt', name, visibility } },
    );
    return created.createRepository;
  }

  function push(cloneUrl: string): Promise<string> {
    return git.pushFiles({ LICENSE: MIT, 'README.md': '# Fachverfahren\n' }, cloneUrl, ownerToken);
  }

  /** Statuses only move forward: queued, running, finished. */
  function expectForwardOnly(statuses: string[]): void {
    const steps = statuses.map((status) => ORDER.indexOf(FINISHED.includes(status) ? 'FINISHED' : status));
    expect(steps).toEqual([...steps].sort((a, b) => a - b));
  }

  it('tells the publisher of a private repository about each run of a push, from QUEUED to finished by the worker', async () => {
    const repository = await createRepository('privat', 'PRIVATE');
    const [subscriber] = await subscribe(connect(ownerToken), repository.id);
    const commit = await push(repository.cloneUrl);
    await waitFor(() => ['LICENSE', 'CONDUCT', 'CATALOGUE'].every((kind) => subscriber.statusesOf(kind).some((status) => FINISHED.includes(status))), 60_000);

    const license = subscriber.statusesOf('LICENSE');
    expect(license[0]).toBe('QUEUED');
    expect(license[license.length - 1]).toBe('PASSED');
    expectForwardOnly(license);
    // A README and a license are not all the code of conduct asks for.
    const conduct = subscriber.statusesOf('CONDUCT');
    expect([conduct[0], conduct[conduct.length - 1]]).toEqual(['QUEUED', 'FAILED']);
    expectForwardOnly(conduct);
    // Nothing to index here: the catalogue check passes.
    const catalogue = subscriber.statusesOf('CATALOGUE');
    expect([catalogue[0], catalogue[catalogue.length - 1]]).toEqual(['QUEUED', 'PASSED']);
    expectForwardOnly(catalogue);
    const finished = subscriber.runs.filter((run) => run.kind === 'LICENSE').pop();
    expect(finished).toMatchObject({ commit, summary: 'MIT: allowed', startedAt: expect.any(String), finishedAt: expect.any(String) });
    expect(subscriber.results.every((result) => result.errors === undefined)).toBe(true);

    // What the subscription said is what the query says.
    const { repository: state } = await owner.ok<{ repository: { checkRuns: CheckRun[] } }>(
      `{ repository(namespace: "amt", name: "privat") { checkRuns { id kind status commit summary startedAt finishedAt } } }`,
    );
    expect(state.checkRuns).toContainEqual(finished);
  });

  it('lets anyone follow a public repository, and announces a run that ends in ERROR', async () => {
    const repository = await createRepository('oeffentlich', 'PUBLIC');
    const [anonymous] = await subscribe(connect(), repository.id);
    const commit = await push(repository.cloneUrl);
    await waitFor(() => anonymous.statusesOf('LICENSE').includes('PASSED'), 60_000);
    const run = anonymous.runs.find((candidate) => candidate.kind === 'LICENSE') as CheckRun;

    // A redelivered job finds the repository deleted: the run starts again and ends in ERROR.
    await platform.dataSource.query(`UPDATE check_runs SET status = 'QUEUED', finished_at = NULL WHERE id = $1`, [run.id]);
    await owner.ok(`mutation($id: ID!) { deleteRepository(id: $id) }`, { id: repository.id });
    await platform.platform.app.get(JobQueue).enqueue('check.license', { repositoryId: repository.id, commit, checkRunId: run.id }, { jobId: `again-${run.id}` });
    await waitFor(() => anonymous.statusesOf('LICENSE').includes('ERROR'));
    expect(anonymous.runs.filter((candidate) => candidate.kind === 'LICENSE').pop()).toMatchObject({
      id: run.id,
      status: 'ERROR',
      summary: 'the repository was deleted before the check ran',
    });
  });

  it('refuses a private repository to outsiders and anonymous callers exactly as a repository that does not exist', async () => {
    const repository = await createRepository('geheim', 'PRIVATE');
    const missing = '00000000-0000-4000-8000-000000000000';
    const refusals: Record<string, unknown[]> = {};
    for (const [who, token] of [['outsider', outsiderToken], ['anonymous', undefined]] as const) {
      const client = connect(token);
      const forPrivate = new Subscriber(client, CHECK_RUN_UPDATED, { repositoryId: repository.id });
      const forMissing = new Subscriber(client, CHECK_RUN_UPDATED, { repositoryId: missing });
      expect(await forPrivate.refusal()).toBe('NOT_FOUND');
      expect(await forMissing.refusal()).toBe('NOT_FOUND');
      refusals[who] = [forPrivate.results, forMissing.results];
    }
    // Same answer, word for word, as the mutation that takes a repository id.
    const query = await platform.client(await platform.userWithToken('ulla')).request(`mutation($id: ID!) { requestChecks(repositoryId: $id) { id } }`, { id: repository.id });
    for (const [forPrivate, forMissing] of Object.values(refusals)) {
      expect(forPrivate).toEqual(forMissing);
      expect((forPrivate as FormattedExecutionResult<unknown, unknown>[])[0].errors?.[0]).toMatchObject({ message: query.errors?.[0].message, extensions: { code: 'NOT_FOUND' } });
    }
    // The refusals never reached the event stream.
    expect(follows.mock.calls.map(([id]) => id)).not.toContain(repository.id);
  });

  it('refuses the connection of invalid credentials instead of treating it as anonymous', async () => {
    for (const authorization of ['Bearer almp_not_a_real_token', 'Token abc', 42]) {
      let closed: { code: number; reason: string } | undefined;
      const client = createClient({
        url: `${platform.url.replace(/^http/, 'ws')}/graphql`,
        webSocketImpl: WebSocket,
        connectionParams: { authorization },
        retryAttempts: 0,
        on: { closed: (event) => void (closed = event as { code: number; reason: string }) },
      });
      clients.push(client);
      const subscriber = new Subscriber(client, CHECK_RUN_UPDATED, { repositoryId: '00000000-0000-4000-8000-000000000000' });
      await waitFor(() => closed !== undefined);
      expect(closed?.code).toBe(4401);
      expect(subscriber.results).toEqual([]);
    }
  });

  it('closes a connection that never sends connection_init after the wait timeout', async () => {
    const socket = new WebSocket(`${platform.url.replace(/^http/, 'ws')}/graphql`, 'graphql-transport-ws');
    const opened = Date.now();
    const code = await new Promise<number>((resolve) => socket.once('close', (closeCode) => resolve(closeCode)));
    expect(code).toBe(4408);
    expect(Date.now() - opened).toBeGreaterThanOrEqual(2_500);
  });

  it('serves subscriptions only, at most 20 per connection, and no other WebSocket path', async () => {
    const client = connect(ownerToken);
    const repository = await createRepository('viele', 'PUBLIC');
    const query = new Subscriber(client, '{ me { username } }', {});
    expect(await query.refusal()).toBe('BAD_USER_INPUT');

    const twenty = await subscribe(client, repository.id, 20);
    const oneTooMany = new Subscriber(client, CHECK_RUN_UPDATED, { repositoryId: repository.id });
    expect(await oneTooMany.refusal()).toBe('RATE_LIMITED');
    // The server handles a connection's messages in order: once one is stopped, the next is taken.
    twenty[0].stop();
    const [again] = await subscribe(client, repository.id);
    expect(again.results).toEqual([]);

    const elsewhere = new WebSocket(`${platform.url.replace(/^http/, 'ws')}/git/amt/viele.git`, 'graphql-transport-ws');
    const status = await new Promise<number | undefined>((resolve) => {
      elsewhere.once('unexpected-response', (_request, response) => resolve(response.statusCode));
      elsewhere.once('error', () => resolve(undefined));
    });
    expect(status).toBe(404);
  });

  it('closes open subscriptions with 1001 when the server shuts down, instead of holding the drain open', async () => {
    const second = await startTestPlatform();
    try {
      const closed: number[] = [];
      const client = createClient({
        url: `${second.url.replace(/^http/, 'ws')}/graphql`,
        webSocketImpl: WebSocket,
        retryAttempts: 0,
        on: { closed: (event) => void closed.push((event as { code: number }).code) },
      });
      const token = await second.userWithToken('paula');
      await second.client(token).ok(`mutation { createNamespace(input: { slug: "amt", displayName: "Amt", kind: MUNICIPALITY }) { slug } }`);
      const { createRepository } = await second
        .client(token)
        .ok<{ createRepository: { id: string } }>(`mutation { createRepository(input: { namespace: "amt", name: "zu", visibility: PUBLIC }) { id } }`);
      const followed = jest.spyOn(second.platform.app.get(CheckRunUpdates), 'follow');
      const subscriber = new Subscriber(client, CHECK_RUN_UPDATED, { repositoryId: createRepository.id });
      await waitFor(() => followed.mock.calls.length === 1);
      await followed.mock.results[0].value;
      const started = Date.now();
      await second.platform.close();
      expect(Date.now() - started).toBeLessThan(5_000);
      await waitFor(() => closed.length > 0);
      expect(closed).toEqual([1001]);
      expect(subscriber.error ?? subscriber.completed).toBeTruthy();
      await client.dispose();
    } finally {
      await second.close();
    }
  });
});
