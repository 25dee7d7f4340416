import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { Clock, clip } from '@allmende/util';
import { CheckKind, CheckRunEntity, CheckStatus, FINISHED_STATUSES, Finding } from './check-run.entity';
import { CheckRunEvent } from './events/check-run.event';
import { CheckRunEventPublisher } from './events/check-run-events.publisher';

export interface CheckRunOutcome {
  status: Exclude<CheckStatus, 'QUEUED' | 'RUNNING'>;
  summary: string;
  /** Left as they are when not given. */
  findings?: Finding[];
}

/** The column's bound (check_runs.summary). */
const MAX_SUMMARY = 2000;

/**
 * The one place check runs are written. Each change is announced in the transaction that
 * makes it (CheckRunEventPublisher), so subscribers hear of committed changes only and of
 * every one of them.
 */
@Injectable()
export class CheckRunStore {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly events: CheckRunEventPublisher,
  ) {}

  /** A QUEUED run per kind unless the commit has one already; only new runs are announced. */
  queue(repositoryId: string, commit: string, kinds: readonly CheckKind[]): Promise<void> {
    return this.dataSource.transaction(async (manager) => {
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(CheckRunEntity)
        .values(kinds.map((kind) => ({ repositoryId, commit, kind, status: 'QUEUED' as const, findings: [] })))
        .orIgnore()
        .returning(['id'])
        .execute();
      const created: { id: string }[] = inserted.raw;
      await this.events.publish(manager, created.map((row) => ({ repositoryId, checkRunId: row.id })));
    });
  }

  /**
   * Marks the run RUNNING, keeping the first start time of a redelivered job. Announced on
   * every start, a retry's too; false when the run is gone or finished.
   */
  start(checkRunId: string): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const updated = await manager
        .createQueryBuilder()
        .update(CheckRunEntity)
        .set({ status: 'RUNNING', startedAt: () => 'COALESCE(started_at, now())' })
        .where('id = :checkRunId AND status IN (:...open)', { checkRunId, open: ['QUEUED', 'RUNNING'] })
        .returning(['id', 'repositoryId'])
        .execute();
      const started: { id: string; repository_id: string }[] = updated.raw;
      await this.events.publish(manager, started.map((row) => ({ repositoryId: row.repository_id, checkRunId: row.id })));
      return started.length > 0;
    });
  }

  /** Locks the run until the caller's transaction ends; null when it is gone or finished. */
  async lockUnfinished(manager: EntityManager, checkRunId: string): Promise<CheckRunEntity | null> {
    const run = await manager.getRepository(CheckRunEntity).findOne({ where: { id: checkRunId }, lock: { mode: 'pessimistic_write' } });
    return run && !FINISHED_STATUSES.includes(run.status) ? run : null;
  }

  /** Finishes a run the caller locked with lockUnfinished, in the caller's transaction. */
  async finish(manager: EntityManager, run: CheckRunEntity, outcome: CheckRunOutcome): Promise<void> {
    const now = this.clock.now();
    await manager.update(CheckRunEntity, { id: run.id }, {
      status: outcome.status,
      summary: clip(outcome.summary, MAX_SUMMARY),
      ...(outcome.findings ? { findings: outcome.findings } : {}),
      startedAt: run.startedAt ?? now,
      finishedAt: now,
    });
    await this.events.publish(manager, [{ repositoryId: run.repositoryId, checkRunId: run.id }]);
  }

  /** Ends a run that cannot complete (ERROR with the reason), unless it finished meanwhile. */
  fail(checkRunId: string, reason: string): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const run = await this.lockUnfinished(manager, checkRunId);
      if (!run) return false;
      await this.finish(manager, run, { status: 'ERROR', summary: reason });
      return true;
    });
  }

  byIds(ids: readonly string[]): Promise<CheckRunEntity[]> {
    return ids.length ? this.dataSource.getRepository(CheckRunEntity).findBy({ id: In([...ids]) }) : Promise.resolve([]);
  }

  /** Runs of these repositories created, started or finished at `since` or later. */
  async changedSince(repositoryIds: readonly string[], since: Date): Promise<CheckRunEvent[]> {
    if (repositoryIds.length === 0) return [];
    const rows: { id: string; repositoryId: string }[] = await this.dataSource.query(
      `SELECT id, repository_id AS "repositoryId" FROM check_runs
        WHERE repository_id = ANY($1::uuid[]) AND GREATEST(created_at, started_at, finished_at) >= $2`,
      [repositoryIds, since],
    );
    return rows.map((row) => ({ repositoryId: row.repositoryId, checkRunId: row.id }));
  }
}
