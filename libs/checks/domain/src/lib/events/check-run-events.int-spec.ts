import { Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { createDataSource, NotificationHandler, PgNotificationListener } from '@allmende/database';
import { createTestDatabase, TestDatabase } from '@allmende/testing';
import { Clock } from '@allmende/util';
import { CHECK_KINDS, CheckRunEntity } from '../check-run.entity';
import { CheckRunStore } from '../check-run.store';
import { CHECK_RUN_CHANNEL, CheckRunEvent, decodeCheckRunEvent } from './check-run.event';
import { CheckRunEventPublisher } from './check-run-events.publisher';
import { CheckRunUpdates } from './check-run-updates.service';

const COMMIT = 'c'.repeat(40);

class Heard implements NotificationHandler {
  readonly events: CheckRunEvent[] = [];
  notification(payload: string): void {
    const event = decodeCheckRunEvent(payload);
    if (event) this.events.push(event);
  }
  resumed(): void {}
}

async function eventually(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Check run announcements on a real PostgreSQL: what is heard, and what is not. */
describe('check run announcements', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let listener: PgNotificationListener;
  let heard: Heard;
  let stopHearing: () => void;
  const publisher = new CheckRunEventPublisher();
  let store: CheckRunStore;

  beforeAll(async () => {
    Logger.overrideLogger(false);
    database = await createTestDatabase();
    dataSource = await createDataSource({ url: database.url, entities: [CheckRunEntity], migrations: [] }).initialize();
    // The table as migrations/1795365110596-git-hosting.ts creates it.
    await dataSource.query(`CREATE TABLE check_runs (
      id uuid NOT NULL DEFAULT gen_random_uuid() PRIMARY KEY, repository_id uuid NOT NULL, commit character(40) NOT NULL,
      kind varchar(16) NOT NULL, status varchar(16) NOT NULL DEFAULT 'QUEUED', summary varchar(2000), findings jsonb NOT NULL DEFAULT '[]',
      started_at timestamptz, finished_at timestamptz, created_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT check_runs_repository_commit_kind_key UNIQUE (repository_id, commit, kind))`);
    store = new CheckRunStore(dataSource, new Clock(), publisher);
    listener = new PgNotificationListener({ url: database.url });
  });

  beforeEach(async () => {
    heard = new Heard();
    stopHearing = await listener.listen(CHECK_RUN_CHANNEL, heard);
  });

  afterEach(() => stopHearing());

  afterAll(async () => {
    await listener.onApplicationShutdown();
    await dataSource.destroy();
    await database.drop();
  });

  /** Announcements arrive in commit order: once this marker is heard, everything committed before it was. */
  async function heardUpToNow(): Promise<CheckRunEvent[]> {
    const marker = { repositoryId: randomUUID(), checkRunId: randomUUID() };
    await dataSource.transaction((manager) => publisher.publish(manager, [marker]));
    await eventually(() => heard.events.some((event) => event.checkRunId === marker.checkRunId));
    const events = heard.events.filter((event) => event.checkRunId !== marker.checkRunId);
    heard.events.length = 0;
    return events;
  }

  it('is delivered when the transaction that made it commits, and never when it rolls back', async () => {
    const rolledBack = { repositoryId: randomUUID(), checkRunId: randomUUID() };
    const committed = { repositoryId: randomUUID(), checkRunId: randomUUID() };
    await expect(
      dataSource.transaction(async (manager) => {
        await publisher.publish(manager, [rolledBack]);
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    await dataSource.transaction((manager) => publisher.publish(manager, [committed]));
    expect(await heardUpToNow()).toEqual([committed]);
  });

  it('announces each run a request creates, and nothing when the runs exist already', async () => {
    const repositoryId = randomUUID();
    await store.queue(repositoryId, COMMIT, CHECK_KINDS);
    const runs = await dataSource.getRepository(CheckRunEntity).findBy({ repositoryId });
    expect(await heardUpToNow()).toEqual(expect.arrayContaining(runs.map((run) => ({ repositoryId, checkRunId: run.id }))));
    await store.queue(repositoryId, COMMIT, CHECK_KINDS);
    expect(await heardUpToNow()).toEqual([]);
  });

  it('announces start (also of a retry) and the end of a run, and nothing for a run that finished already', async () => {
    const repositoryId = randomUUID();
    await store.queue(repositoryId, COMMIT, ['LICENSE']);
    const [run] = await dataSource.getRepository(CheckRunEntity).findBy({ repositoryId });
    await heardUpToNow();
    const event = { repositoryId, checkRunId: run.id };
    expect(await store.start(run.id)).toBe(true);
    expect(await store.start(run.id)).toBe(true);
    expect(await heardUpToNow()).toEqual([event, event]);
    expect(await store.fail(run.id, 'the repository was deleted')).toBe(true);
    expect(await heardUpToNow()).toEqual([event]);
    expect(await store.fail(run.id, 'again')).toBe(false);
    expect(await store.start(run.id)).toBe(false);
    expect(await heardUpToNow()).toEqual([]);
    expect(await dataSource.getRepository(CheckRunEntity).findOneBy({ id: run.id })).toMatchObject({ status: 'ERROR', summary: 'the repository was deleted' });
  });

  it('finds the runs created, started or finished since a point in time, for catching up after a lost connection', async () => {
    const [repositoryId, other] = [randomUUID(), randomUUID()];
    await store.queue(repositoryId, COMMIT, ['LICENSE', 'CONDUCT']);
    await store.queue(other, COMMIT, ['LICENSE']);
    const runs = await dataSource.getRepository(CheckRunEntity).findBy({ repositoryId });
    const since = new Date(Date.now() + 1_000);
    expect(await store.changedSince([repositoryId], new Date(Date.now() - 60_000))).toEqual(
      expect.arrayContaining(runs.map((run) => ({ repositoryId, checkRunId: run.id }))),
    );
    expect(await store.changedSince([repositoryId, other], since)).toEqual([]);
    // Only the run that started after `since` (the database clock: started_at is now()).
    await dataSource.query(`UPDATE check_runs SET created_at = created_at - interval '1 hour' WHERE repository_id = $1`, [repositoryId]);
    await new Promise((resolve) => setTimeout(resolve, since.getTime() - Date.now() + 10));
    await store.start(runs[0].id);
    expect(await store.changedSince([repositoryId], since)).toEqual([{ repositoryId, checkRunId: runs[0].id }]);
  });

  it('reaches a follower as the run is now, from queued to finished', async () => {
    const updates = new CheckRunUpdates(listener, store);
    const repositoryId = randomUUID();
    const feed = await updates.follow(repositoryId);
    await store.queue(repositoryId, COMMIT, ['LICENSE']);
    const queued = (await feed.next()).value as CheckRunEntity;
    expect(queued).toMatchObject({ repositoryId, kind: 'LICENSE', status: 'QUEUED' });
    await store.start(queued.id);
    expect((await feed.next()).value).toMatchObject({ id: queued.id, status: 'RUNNING', startedAt: expect.any(Date) });
    await dataSource.transaction(async (manager) => {
      const locked = await store.lockUnfinished(manager, queued.id);
      await store.finish(manager, locked as CheckRunEntity, { status: 'PASSED', summary: 'MIT: allowed', findings: [] });
    });
    expect((await feed.next()).value).toMatchObject({ id: queued.id, status: 'PASSED', summary: 'MIT: allowed', finishedAt: expect.any(Date) });
    await feed.return();
  });
});
