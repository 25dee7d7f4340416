import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { NotificationHandler, NotificationListener } from '@allmende/database';
import type { CheckRunEntity } from '../check-run.entity';
import { CheckRunStore } from '../check-run.store';
import { CHECK_RUN_CHANNEL, CheckRunEvent, decodeCheckRunEvent } from './check-run.event';
import { CheckRunFeed } from './check-run.feed';

/** Wider than any clock difference between the processes that stamp check runs. */
export const CATCH_UP_MARGIN_MS = 30_000;
const READ_BATCH = 500;
const READ_RETRY_MS = 1_000;

/**
 * Hands the check run changes announced by every process (CheckRunStore) to this process's
 * subscribers: one LISTEN for all of them, and one read per changed run however many
 * subscribers follow it. Reads run one batch after another, so no subscriber gets an older
 * state of a run after a newer one.
 */
@Injectable()
export class CheckRunUpdates implements NotificationHandler, OnApplicationShutdown {
  private readonly logger = new Logger('CheckRunUpdates');
  private readonly feeds = new Map<string, Set<CheckRunFeed>>();
  /** Runs to read and hand out: check run id -> the repository the announcement named. */
  private readonly pending = new Map<string, string>();
  private listening: Promise<unknown> | null = null;
  private draining = false;
  private stopped = false;

  constructor(
    private readonly listener: NotificationListener,
    private readonly runs: CheckRunStore,
  ) {}

  /** The repository's runs as they change from now on; whether the subscriber may see it is the caller's to check. */
  async follow(repositoryId: string): Promise<CheckRunFeed> {
    this.listening ??= this.listener.listen(CHECK_RUN_CHANNEL, this).catch((error: unknown) => {
      this.listening = null;
      throw error;
    });
    await this.listening;
    const feeds = this.feeds.get(repositoryId) ?? new Set<CheckRunFeed>();
    const feed = new CheckRunFeed(() => {
      feeds.delete(feed);
      if (feeds.size === 0 && this.feeds.get(repositoryId) === feeds) this.feeds.delete(repositoryId);
    });
    this.feeds.set(repositoryId, feeds.add(feed));
    return feed;
  }

  notification(payload: string): void {
    const event = decodeCheckRunEvent(payload);
    if (event) this.enqueue([event]);
    else this.logger.warn('ignored a malformed check run announcement');
  }

  /** Re-reads what changed while the connection was down, for the repositories followed now. */
  resumed(lostAt: Date): void {
    const followed = [...this.feeds.keys()];
    if (followed.length === 0) return;
    this.runs.changedSince(followed, new Date(lostAt.getTime() - CATCH_UP_MARGIN_MS)).then(
      (events) => this.enqueue(events),
      (error: unknown) => this.logger.error(`could not catch up on check runs changed since ${lostAt.toISOString()}: ${messageOf(error)}`),
    );
  }

  /** The database is about to go: no more reads, nor retries of failed ones. */
  onApplicationShutdown(): void {
    this.stopped = true;
    this.pending.clear();
  }

  private enqueue(events: readonly CheckRunEvent[]): void {
    if (this.stopped) return;
    for (const event of events) {
      // Nobody here follows the repository: nothing to read.
      if (this.feeds.has(event.repositoryId)) this.pending.set(event.checkRunId, event.repositoryId);
    }
    if (this.pending.size > 0 && !this.draining) void this.drain();
  }

  private async drain(): Promise<void> {
    this.draining = true;
    try {
      while (this.pending.size > 0) {
        const batch = new Map([...this.pending].slice(0, READ_BATCH));
        for (const checkRunId of batch.keys()) this.pending.delete(checkRunId);
        for (const run of await this.read(batch)) {
          // An announcement naming another repository than the run's is not ours: any database user can NOTIFY.
          if (batch.get(run.id) !== run.repositoryId) continue;
          for (const feed of this.feeds.get(run.repositoryId) ?? []) feed.push(run);
        }
      }
    } finally {
      this.draining = false;
    }
  }

  /** Retries while the database does not answer: a change must not be lost to a short outage. */
  private async read(batch: Map<string, string>): Promise<CheckRunEntity[]> {
    for (;;) {
      try {
        return await this.runs.byIds([...batch.keys()]);
      } catch (error) {
        this.logger.warn(`could not read changed check runs, retrying: ${messageOf(error)}`);
        await new Promise((resolve) => setTimeout(resolve, READ_RETRY_MS));
        if (this.stopped) return [];
        for (const [checkRunId, repositoryId] of batch) if (!this.feeds.has(repositoryId)) batch.delete(checkRunId);
        if (batch.size === 0) return [];
      }
    }
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
