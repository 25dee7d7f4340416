import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CHECK_RUN_CHANNEL, CheckRunEvent, encodeCheckRunEvent } from './check-run.event';

/** Announces check run changes to every API process (see CheckRunUpdates). */
@Injectable()
export class CheckRunEventPublisher {
  /**
   * Must run on the manager of the transaction that changes the runs: PostgreSQL delivers a
   * NOTIFY when that transaction commits and drops it when it rolls back, so nobody hears of
   * a change that did not happen.
   */
  async publish(manager: EntityManager, events: readonly CheckRunEvent[]): Promise<void> {
    if (events.length === 0) return;
    await manager.query('SELECT pg_notify($1, payload) FROM unnest($2::text[]) AS payload', [CHECK_RUN_CHANNEL, events.map(encodeCheckRunEvent)]);
  }
}
