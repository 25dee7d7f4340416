import type { CheckRunEntity } from '../check-run.entity';
import { ChecksError } from '../checks.error';

/** More distinct runs than one subscriber plausibly waits for; beyond it the subscriber is stuck. */
export const MAX_BUFFERED_RUNS = 1_000;

/**
 * One subscriber's stream of changed check runs. What it has not taken yet is kept per run,
 * latest state only: a run that changes twice before the subscriber reads is sent once, as
 * it is now. A subscriber that falls further behind is ended with an error instead of
 * silently losing runs, so its client knows to subscribe again and re-read.
 */
export class CheckRunFeed implements AsyncIterableIterator<CheckRunEntity> {
  private readonly buffered = new Map<string, CheckRunEntity>();
  private readonly waiting: ((result: IteratorResult<CheckRunEntity>) => void)[] = [];
  private failure: Error | null = null;
  private ended = false;

  constructor(private readonly onEnd: () => void) {}

  push(run: CheckRunEntity): void {
    if (this.ended) return;
    const waiter = this.waiting.shift();
    if (waiter) return waiter({ value: run, done: false });
    // Re-inserted at the end: runs come out in the order of their latest change.
    this.buffered.delete(run.id);
    this.buffered.set(run.id, run);
    if (this.buffered.size > MAX_BUFFERED_RUNS) {
      this.failure = new ChecksError('RATE_LIMITED', `the subscription fell more than ${MAX_BUFFERED_RUNS} check runs behind; subscribe again`);
      this.end();
    }
  }

  next(): Promise<IteratorResult<CheckRunEntity>> {
    if (this.failure) {
      const failure = this.failure;
      this.failure = null;
      return Promise.reject(failure);
    }
    const [first] = this.buffered.values();
    if (first) {
      this.buffered.delete(first.id);
      return Promise.resolve({ value: first, done: false });
    }
    if (this.ended) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  /** Called when the client completes or disconnects; frees the subscription at once. */
  return(): Promise<IteratorResult<CheckRunEntity>> {
    this.failure = null;
    this.end();
    return Promise.resolve({ value: undefined, done: true });
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<CheckRunEntity> {
    return this;
  }

  private end(): void {
    if (this.ended) return;
    this.ended = true;
    this.buffered.clear();
    for (const waiter of this.waiting.splice(0)) waiter({ value: undefined, done: true });
    this.onEnd();
  }
}
