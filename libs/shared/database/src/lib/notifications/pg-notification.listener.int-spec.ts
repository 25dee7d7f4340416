import { Logger } from '@nestjs/common';
import { connect, createServer, Server, Socket } from 'node:net';
import { Client } from 'pg';
import { createTestDatabase, TestDatabase } from '@allmende/testing';
import { freePort } from '@allmende/util';
import { NotificationHandler } from './notification.listener';
import { PgNotificationListener } from './pg-notification.listener';

const CHANNEL = 'allmende_test_channel';

class Recorder implements NotificationHandler {
  readonly payloads: string[] = [];
  readonly resumes: Date[] = [];
  notification(payload: string): void {
    this.payloads.push(payload);
  }
  resumed(lostAt: Date): void {
    this.resumes.push(lostAt);
  }
}

async function eventually(condition: () => boolean | Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('PgNotificationListener', () => {
  let database: TestDatabase;
  let sender: Client;
  let listener: PgNotificationListener;
  const applicationName = 'allmende-listener-test';

  beforeAll(async () => {
    if (!process.env.DEBUG_LISTENER) Logger.overrideLogger(false);
    database = await createTestDatabase();
    sender = new Client({ connectionString: database.url });
    await sender.connect();
  });

  beforeEach(() => {
    listener = new PgNotificationListener({ url: database.url, applicationName, minBackoffMs: 50, maxBackoffMs: 200 });
  });

  afterEach(() => listener.onApplicationShutdown());

  afterAll(async () => {
    await sender.end();
    await database.drop();
  });

  const listenerConnections = async (): Promise<number> =>
    Number((await sender.query('SELECT count(*) AS n FROM pg_stat_activity WHERE application_name = $1', [applicationName])).rows[0].n);

  async function inTransaction(payload: string, outcome: 'COMMIT' | 'ROLLBACK'): Promise<void> {
    await sender.query('BEGIN');
    await sender.query('SELECT pg_notify($1, $2)', [CHANNEL, payload]);
    await sender.query(outcome);
  }

  it('delivers what a committed transaction sent and nothing of one that rolled back', async () => {
    const recorder = new Recorder();
    await listener.listen(CHANNEL, recorder);
    await inTransaction('rolled back', 'ROLLBACK');
    await inTransaction('committed', 'COMMIT');
    // Notifications arrive in commit order: once the committed one is here, the other would have been.
    await eventually(() => recorder.payloads.length > 0);
    await inTransaction('after', 'COMMIT');
    await eventually(() => recorder.payloads.length === 2);
    expect(recorder.payloads).toEqual(['committed', 'after']);
  });

  it('shares one connection between every handler and channel of the process', async () => {
    const first = new Recorder();
    const second = new Recorder();
    const other = new Recorder();
    await Promise.all([listener.listen(CHANNEL, first), listener.listen(CHANNEL, second), listener.listen('allmende_other_channel', other)]);
    expect(await listenerConnections()).toBe(1);
    await sender.query('SELECT pg_notify($1, $2)', [CHANNEL, 'both']);
    await eventually(() => first.payloads.length === 1 && second.payloads.length === 1);
    expect(other.payloads).toEqual([]);
  });

  it('stops delivering to a handler that stopped listening', async () => {
    const kept = new Recorder();
    const gone = new Recorder();
    await listener.listen(CHANNEL, kept);
    const stop = await listener.listen(CHANNEL, gone);
    stop();
    await sender.query('SELECT pg_notify($1, $2)', [CHANNEL, 'one']);
    await eventually(() => kept.payloads.length === 1);
    expect(gone.payloads).toEqual([]);
  });

  it('reconnects after the connection is killed and tells handlers since when they may have missed notifications', async () => {
    const recorder = new Recorder();
    const asked = Date.now();
    await listener.listen(CHANNEL, recorder);
    const killed = Date.now();
    await sender.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1', [applicationName]);
    await eventually(() => recorder.resumes.length === 1);
    // The last moment the connection was known to work: when it started listening, as no heartbeat ran since.
    expect(recorder.resumes[0].getTime()).toBeGreaterThanOrEqual(asked);
    expect(recorder.resumes[0].getTime()).toBeLessThanOrEqual(killed);
    await sender.query('SELECT pg_notify($1, $2)', [CHANNEL, 'after reconnect']);
    await eventually(() => recorder.payloads.includes('after reconnect'));
    expect(await listenerConnections()).toBe(1);
  });

  it('notices a server that stopped answering without closing the connection, and listens again', async () => {
    const proxy = await stallingProxy(new URL(database.url));
    const url = new URL(database.url);
    url.host = `127.0.0.1:${proxy.port}`;
    const watched = new PgNotificationListener({ url: url.toString(), applicationName: 'allmende-listener-stall-test', minBackoffMs: 50, heartbeatMs: 200 });
    try {
      const recorder = new Recorder();
      await watched.listen(CHANNEL, recorder);
      await new Promise((resolve) => setTimeout(resolve, 500));
      const stalled = Date.now();
      proxy.stall();
      await eventually(() => recorder.resumes.length === 1, 15_000);
      // Heartbeats answered before the stall count: what came later may be missing.
      expect(recorder.resumes[0].getTime()).toBeLessThanOrEqual(stalled);
      expect(recorder.resumes[0].getTime()).toBeGreaterThan(stalled - 1_000);
      await sender.query('SELECT pg_notify($1, $2)', [CHANNEL, 'after the stall']);
      await eventually(() => recorder.payloads.includes('after the stall'));
    } finally {
      await watched.onApplicationShutdown();
      await proxy.close();
    }
  });

  it('refuses a channel name that is not a plain identifier', async () => {
    await expect(listener.listen('x"; DROP TABLE users; --', new Recorder())).rejects.toThrow('invalid channel name');
  });

  it('fails listen() when no connection can be made in time, and closes its connection on shutdown', async () => {
    const unreachable = new URL(database.url);
    unreachable.port = String(await freePort());
    const offline = new PgNotificationListener({ url: unreachable.toString(), connectTimeoutMs: 300, minBackoffMs: 50 });
    try {
      await expect(offline.listen(CHANNEL, new Recorder())).rejects.toThrow('no database connection');
    } finally {
      await offline.onApplicationShutdown();
    }
    await listener.listen(CHANNEL, new Recorder());
    await listener.onApplicationShutdown();
    await eventually(async () => (await listenerConnections()) === 0);
  });
});

/** A TCP proxy to PostgreSQL whose open connections can be made to go silent, as behind a dead network link; later ones work. */
async function stallingProxy(target: URL): Promise<{ port: number; stall(): void; close(): Promise<void> }> {
  const pairs: [Socket, Socket][] = [];
  const server: Server = createServer((inbound) => {
    const outbound = connect(Number(target.port || 5432), target.hostname);
    inbound.pipe(outbound);
    outbound.pipe(inbound);
    inbound.on('error', () => outbound.destroy());
    outbound.on('error', () => inbound.destroy());
    pairs.push([inbound, outbound]);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as { port: number }).port,
    stall() {
      for (const [inbound, outbound] of pairs) {
        inbound.unpipe(outbound);
        outbound.unpipe(inbound);
        inbound.pause();
        outbound.pause();
      }
    },
    async close() {
      for (const [inbound, outbound] of pairs.splice(0)) {
        inbound.destroy();
        outbound.destroy();
      }
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
