import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { JobsOptions } from 'bullmq';
import { JOB_QUEUES, JobName, JobPayloads, QueueName, QUEUE_NAMES } from './job-catalogue';
import { QUEUE_BACKEND } from './queue.tokens';
import type { PlatformQueue, QueueBackend } from './queue-backend';

export interface EnqueueOptions {
  /** Deduplicates: a job whose id already exists is not added again. */
  jobId?: string;
  delayMs?: number;
}

const DEFAULT_JOB_OPTIONS: JobsOptions = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 2_000 },
  removeOnComplete: { age: 7 * 24 * 3600, count: 10_000 },
  removeOnFail: { age: 30 * 24 * 3600 },
};

/** The only way code puts work on a queue: typed by the job catalogue. */
@Injectable()
export class JobQueue implements OnApplicationShutdown {
  private readonly queues = new Map<QueueName, PlatformQueue>();

  constructor(@Inject(QUEUE_BACKEND) private readonly backend: QueueBackend) {}

  async enqueue<N extends JobName>(name: N, payload: JobPayloads[N], options: EnqueueOptions = {}): Promise<void> {
    await this.queue(JOB_QUEUES[name]).add(name, payload, {
      ...DEFAULT_JOB_OPTIONS,
      jobId: options.jobId,
      delay: options.delayMs,
    });
  }

  /** Throws when the queue backend cannot be reached; used by the readiness probe. */
  async ping(): Promise<void> {
    await this.queue(QUEUE_NAMES[0]).getJobCounts('waiting');
  }

  async counts(): Promise<Record<QueueName, Record<string, number>>> {
    const entries = await Promise.all(
      QUEUE_NAMES.map(async (name) => [name, await this.queue(name).getJobCounts()] as const),
    );
    return Object.fromEntries(entries) as Record<QueueName, Record<string, number>>;
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all([...this.queues.values()].map((queue) => queue.close()));
    this.queues.clear();
  }

  private queue(name: QueueName): PlatformQueue {
    let queue = this.queues.get(name);
    if (!queue) {
      queue = this.backend.createQueue(name);
      // Connection errors surface through ping() and enqueue(); without a listener they
      // would be raised as unhandled 'error' events.
      queue.on('error', () => undefined);
      this.queues.set(name, queue);
    }
    return queue;
  }
}
