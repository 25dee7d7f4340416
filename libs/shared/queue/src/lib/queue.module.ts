import { DynamicModule, Global, Module } from '@nestjs/common';
import { JobQueue } from './job-queue.service';
import { createQueueBackend, QueueBackendSettings } from './queue-backend';
import { QUEUE_BACKEND } from './queue.tokens';

@Global()
@Module({})
export class QueueModule {
  static forRoot(settings: QueueBackendSettings): DynamicModule {
    return {
      module: QueueModule,
      providers: [{ provide: QUEUE_BACKEND, useValue: createQueueBackend(settings) }, JobQueue],
      exports: [QUEUE_BACKEND, JobQueue],
    };
  }
}
