export * from './lib/job-catalogue';
export * from './lib/job-processor.decorator';
export * from './lib/job-queue.service';
export * from './lib/job-worker.module';
export * from './lib/queue-backend';
export * from './lib/queue.module';
export * from './lib/queue.tokens';
