import { Logger } from '@nestjs/common';
import type { NotificationHandler, NotificationListener } from '@allmende/database';
import type { CheckRunEntity, CheckStatus } from '../check-run.entity';
import type { CheckRunStore } from '../check-run.store';
import { CHECK_RUN_CHANNEL, CheckRunEvent, encodeCheckRunEvent } from './check-run.event';
import { CATCH_UP_MARGIN_MS, CheckRunUpdates } from './check-run-updates.service';
import { CheckRunFeed, MAX_BUFFERED_RUNS } from './check-run.feed';

const REPO_A = 'aaaaaaaa-0000-4000-8000-000000000001';
const REPO_B = 'bbbbbbbb-0000-4000-8000-000000000002';
const RUN_1 = '11111111-0000-4000-8000-000000000001';
const RUN_2 = '22222222-0000-4000-8000-000000000002';
const RUN_B = '33333333-0000-4000-8000-000000000003';

/** The LISTEN adapter faked: the test plays PostgreSQL delivering notifications. */
class FakeListener {
  readonly handlers: NotificationHandler[] = [];
  failNext = false;
  listen = jest.fn(async (channel: string, handler: NotificationHandler) => {
    expect(channel).toBe(CHECK_RUN_CHANNEL);
    if (this.failNext) {
      this.failNext = false;
      throw new Error('database unreachable');
    }
    this.handlers.push(handler);
    return () => undefined;
  });

  announce(event: CheckRunEvent): void {
    for (const handler of this.handlers) handler.notification(encodeCheckRunEvent(event));
  }
}

/** The runs as the database has them now; reads are recorded and may be held back. */
class FakeStore {
  readonly rows = new Map<string, CheckRunEntity>();
  readonly reads: string[][] = [];
  concurrentReads = 0;
  mostConcurrentReads = 0;
  gate: Promise<void> | null = null;
  failures = 0;
  changed: CheckRunEvent[] = [];

  set(id: string, repositoryId: string, status: CheckStatus): void {
    this.rows.set(id, { id, repositoryId, status } as CheckRunEntity);
  }

  byIds = jest.fn(async (ids: readonly string[]) => {
    this.reads.push([...ids]);
    this.mostConcurrentReads = Math.max(this.mostConcurrentReads, ++this.concurrentReads);
    try {
      if (this.gate) await this.gate;
      if (this.failures > 0) {
        this.failures -= 1;
        throw new Error('connection reset');
      }
      // A copy, as a fresh read would return.
      return ids.flatMap((id) => (this.rows.has(id) ? [{ ...(this.rows.get(id) as CheckRunEntity) }] : []));
    } finally {
      this.concurrentReads -= 1;
    }
  });

  changedSince = jest.fn(async () => this.changed);
}

/** Lets pending promise callbacks (the fan-out's reads) run. */
const settle = () => new Promise((resolve) => setImmediate(resolve));

async function take(feed: CheckRunFeed, count: number): Promise<string[]> {
  const seen: string[] = [];
  for (let i = 0; i < count; i++) {
    const { value } = await feed.next();
    seen.push(`${value?.id === RUN_1 ? 'run1' : value?.id === RUN_2 ? 'run2' : 'runB'}:${value?.status}`);
  }
  return seen;
}

describe('CheckRunUpdates', () => {
  let listener: FakeListener;
  let store: FakeStore;
  let updates: CheckRunUpdates;

  beforeAll(() => Logger.overrideLogger(false));

  beforeEach(() => {
    listener = new FakeListener();
    store = new FakeStore();
    updates = new CheckRunUpdates(listener as unknown as NotificationListener, store as unknown as CheckRunStore);
  });

  it('listens once, on the first follower, for every follower of the process', async () => {
    expect(listener.listen).not.toHaveBeenCalled();
    await Promise.all([updates.follow(REPO_A), updates.follow(REPO_A), updates.follow(REPO_B)]);
    expect(listener.listen).toHaveBeenCalledTimes(1);
  });

  it('hands a change to the followers of its repository only, reading the run once for all of them', async () => {
    const [first, second, other] = await Promise.all([updates.follow(REPO_A), updates.follow(REPO_A), updates.follow(REPO_B)]);
    store.set(RUN_1, REPO_A, 'QUEUED');
    listener.announce({ repositoryId: REPO_A, checkRunId: RUN_1 });
    expect(await take(first, 1)).toEqual(['run1:QUEUED']);
    expect(await take(second, 1)).toEqual(['run1:QUEUED']);
    expect(store.reads).toEqual([[RUN_1]]);
    await other.return();
  });

  it('reads nothing for a repository nobody here follows', async () => {
    await updates.follow(REPO_A);
    listener.announce({ repositoryId: REPO_B, checkRunId: RUN_B });
    await settle();
    expect(store.byIds).not.toHaveBeenCalled();
  });

  it('ignores malformed announcements and announcements naming another repository than the run has', async () => {
    const feed = await updates.follow(REPO_A);
    store.set(RUN_B, REPO_B, 'PASSED');
    for (const payload of ['not json', '{"repositoryId":"x","checkRunId":"y"}', '[]', 'null']) listener.handlers[0].notification(payload);
    listener.announce({ repositoryId: REPO_A, checkRunId: RUN_B });
    store.set(RUN_1, REPO_A, 'QUEUED');
    listener.announce({ repositoryId: REPO_A, checkRunId: RUN_1 });
    expect(await take(feed, 1)).toEqual(['run1:QUEUED']);
  });

  it('reads changes one batch after another, so an older state never overtakes a newer one', async () => {
    const feed = await updates.follow(REPO_A);
    let release!: () => void;
    store.gate = new Promise((resolve) => (release = resolve));
    store.set(RUN_1, REPO_A, 'QUEUED');
    listener.announce({ repositoryId: REPO_A, checkRunId: RUN_1 });
    await settle();
    // Announced while the first read is under way: read after it, in one batch, once each.
    store.set(RUN_1, REPO_A, 'RUNNING');
    listener.announce({ repositoryId: REPO_A, checkRunId: RUN_1 });
    store.set(RUN_2, REPO_A, 'QUEUED');
    listener.announce({ repositoryId: REPO_A, checkRunId: RUN_2 });
    listener.announce({ repositoryId: REPO_A, checkRunId: RUN_1 });
    release();
    expect(await take(feed, 3)).toEqual(['run1:RUNNING', 'run1:RUNNING', 'run2:QUEUED']);
    expect(store.reads).toEqual([[RUN_1], [RUN_1, RUN_2]]);
    expect(store.mostConcurrentReads).toBe(1);
  });

  it('hands out the latest state only when a run changed more than once before the follower read', async () => {
    const feed = await updates.follow(REPO_A);
    store.set(RUN_1, REPO_A, 'QUEUED');
    listener.announce({ repositoryId: REPO_A, checkRunId: RUN_1 });
    await settle();
    store.set(RUN_1, REPO_A, 'PASSED');
    listener.announce({ repositoryId: REPO_A, checkRunId: RUN_1 });
    await settle();
    expect(await take(feed, 1)).toEqual(['run1:PASSED']);
  });

  it('after the connection was lost, re-reads the followed repositories runs changed since then', async () => {
    const feed = await updates.follow(REPO_A);
    store.set(RUN_1, REPO_A, 'PASSED');
    store.changed = [{ repositoryId: REPO_A, checkRunId: RUN_1 }];
    const lostAt = new Date('2026-03-01T10:00:00Z');
    listener.handlers[0].resumed(lostAt);
    expect(await take(feed, 1)).toEqual(['run1:PASSED']);
    expect(store.changedSince).toHaveBeenCalledWith([REPO_A], new Date(lostAt.getTime() - CATCH_UP_MARGIN_MS));
  });

  it('stops reading for a repository once its last follower is gone', async () => {
    const feed = await updates.follow(REPO_A);
    await feed.return();
    listener.announce({ repositoryId: REPO_A, checkRunId: RUN_1 });
    listener.handlers[0].resumed(new Date());
    await settle();
    expect(store.byIds).not.toHaveBeenCalled();
    expect(store.changedSince).not.toHaveBeenCalled();
  });

  it('fails follow() when LISTEN cannot be set up, and tries again on the next follower', async () => {
    listener.failNext = true;
    await expect(updates.follow(REPO_A)).rejects.toThrow('database unreachable');
    await updates.follow(REPO_A);
    expect(listener.listen).toHaveBeenCalledTimes(2);
  });

  it('reads nothing more once the application shuts down', async () => {
    await updates.follow(REPO_A);
    updates.onApplicationShutdown();
    listener.announce({ repositoryId: REPO_A, checkRunId: RUN_1 });
    await settle();
    expect(store.byIds).not.toHaveBeenCalled();
  });

  it('retries a read that failed instead of losing the change', async () => {
    jest.useFakeTimers();
    try {
      const feed = await updates.follow(REPO_A);
      store.failures = 1;
      store.set(RUN_1, REPO_A, 'ERROR');
      listener.announce({ repositoryId: REPO_A, checkRunId: RUN_1 });
      await jest.advanceTimersByTimeAsync(1_000);
      expect(await take(feed, 1)).toEqual(['run1:ERROR']);
      expect(store.reads).toHaveLength(2);
    } finally {
      jest.useRealTimers();
    }
  });
});

describe('CheckRunFeed', () => {
  const run = (id: string, status: CheckStatus) => ({ id, repositoryId: REPO_A, status }) as CheckRunEntity;

  it('ends a pending read at once when the subscriber goes away', async () => {
    const ended = jest.fn();
    const feed = new CheckRunFeed(ended);
    const pending = feed.next();
    await feed.return();
    await expect(pending).resolves.toEqual({ value: undefined, done: true });
    expect(ended).toHaveBeenCalledTimes(1);
    feed.push(run(RUN_1, 'QUEUED'));
    await expect(feed.next()).resolves.toEqual({ value: undefined, done: true });
  });

  it('ends with RATE_LIMITED instead of losing runs when the subscriber falls too far behind', async () => {
    const ended = jest.fn();
    const feed = new CheckRunFeed(ended);
    for (let i = 0; i <= MAX_BUFFERED_RUNS; i++) feed.push(run(`run-${i}`, 'QUEUED'));
    await expect(feed.next()).rejects.toMatchObject({ code: 'RATE_LIMITED' });
    await expect(feed.next()).resolves.toEqual({ value: undefined, done: true });
    expect(ended).toHaveBeenCalledTimes(1);
  });
});
