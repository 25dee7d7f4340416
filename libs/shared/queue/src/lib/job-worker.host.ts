import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { Job, UnrecoverableError } from 'bullmq';
import { JOB_QUEUES, JobName, QueueName } from './job-catalogue';
import { JOB_PROCESSOR, JobHandler, PermanentJobError } from './job-processor.decorator';
import type { PlatformWorker, QueueBackend } from './queue-backend';
import { QUEUE_BACKEND } from './queue.tokens';

export const WORKER_CONCURRENCY = Symbol('WORKER_CONCURRENCY');

/**
 * Runs one BullMQ worker per queue that has processors in this process and dispatches
 * jobs by name. On shutdown it lets running jobs finish; BullMQ re-delivers a job whose
 * worker died (stalled-job recovery), so processors must be idempotent.
 */
@Injectable()
export class JobWorkerHost implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('JobWorker');
  private readonly workers: PlatformWorker[] = [];

  constructor(
    private readonly discovery: DiscoveryService,
    @Inject(QUEUE_BACKEND) private readonly backend: QueueBackend,
    @Inject(WORKER_CONCURRENCY) private readonly concurrency: number,
  ) {}

  onApplicationBootstrap(): void {
    const handlers = this.discoverHandlers();
    const queues = new Set([...handlers.keys()].map((name) => JOB_QUEUES[name]));
    for (const queue of queues) this.workers.push(this.startWorker(queue, handlers));
  }

  /** Before the database and queue connections close, so running jobs can finish. */
  async beforeApplicationShutdown(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.close()));
  }

  private discoverHandlers(): Map<JobName, JobHandler<JobName>> {
    const handlers = new Map<JobName, JobHandler<JobName>>();
    for (const wrapper of this.discovery.getProviders()) {
      if (!wrapper.metatype || !wrapper.instance) continue;
      const name = Reflect.getMetadata(JOB_PROCESSOR, wrapper.metatype) as JobName | undefined;
      if (!name) continue;
      if (handlers.has(name)) throw new Error(`two processors registered for job ${name}`);
      handlers.set(name, wrapper.instance as JobHandler<JobName>);
    }
    return handlers;
  }

  private startWorker(queue: QueueName, handlers: Map<JobName, JobHandler<JobName>>): PlatformWorker {
    const worker = this.backend.createWorker(
      queue,
      async (job: Job) => {
        const handler = handlers.get(job.name as JobName);
        if (!handler) throw new UnrecoverableError(`no processor for job ${job.name}`);
        try {
          await handler.process(job.data, {
            jobId: job.id ?? '',
            attempt: job.attemptsMade + 1,
            maxAttempts: job.opts.attempts ?? 1,
          });
        } catch (error) {
          if (error instanceof PermanentJobError) throw new UnrecoverableError(error.message);
          throw error;
        }
      },
      { concurrency: this.concurrency },
    );
    worker.on('failed', (job, error) =>
      this.logger.warn(`job ${job?.name} ${job?.id} failed (attempt ${job?.attemptsMade}): ${error.message}`),
    );
    worker.on('error', (error) => this.logger.error(`worker for queue ${queue}: ${error.message}`));
    return worker;
  }
}
