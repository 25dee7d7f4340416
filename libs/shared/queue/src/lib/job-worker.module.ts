import { DynamicModule, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { JobWorkerHost, WORKER_CONCURRENCY } from './job-worker.host';

/** Imported only where jobs are processed (worker role), never by a pure API replica. */
@Module({})
export class JobWorkerModule {
  static forRoot(concurrency: number): DynamicModule {
    return {
      module: JobWorkerModule,
      imports: [DiscoveryModule],
      providers: [JobWorkerHost, { provide: WORKER_CONCURRENCY, useValue: concurrency }],
    };
  }
}
