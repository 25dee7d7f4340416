import { Injectable } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { randomBytes } from 'node:crypto';
import { createTestDatabase, deleteRedisPrefix, TestDatabase } from '@allmende/testing';
import { JobHandler, JobProcessor, PermanentJobError } from './job-processor.decorator';
import { JobQueue } from './job-queue.service';
import { JobWorkerModule } from './job-worker.module';
import { QueueModule } from './queue.module';

const events: string[] = [];
let behaviour: 'slow' | 'permanent-failure' = 'slow';
let attempts = 0;

@Injectable()
@JobProcessor('repository.purge')
class RecordingProcessor implements JobHandler<'repository.purge'> {
  async process(payload: { repositoryId: string }): Promise<void> {
    attempts += 1;
    events.push(`start ${payload.repositoryId}`);
    if (behaviour === 'permanent-failure') throw new PermanentJobError('cannot ever work');
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    events.push(`finish ${payload.repositoryId}`);
  }
}

describe('job worker on the configured queue backend', () => {
  let database: TestDatabase;
  const prefixes: string[] = [];
  const redisUrl = process.env.ALLMENDE_TEST_REDIS_URL;

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database.drop();
    if (redisUrl) for (const prefix of prefixes) await deleteRedisPrefix(redisUrl, prefix);
  });

  async function boot() {
    const prefix = `t${randomBytes(5).toString('hex')}`;
    prefixes.push(prefix);
    const module = await Test.createTestingModule({
      imports: [
        QueueModule.forRoot({ databaseUrl: database.url, redisUrl, prefix }),
        JobWorkerModule.forRoot(2),
      ],
      providers: [RecordingProcessor],
    }).compile();
    const app = module.createNestApplication();
    await app.init();
    return app;
  }

  it('lets a running job finish before shutdown completes, and deduplicates by job id', async () => {
    events.length = 0;
    behaviour = 'slow';
    const app = await boot();
    const jobs = app.get(JobQueue);
    await jobs.enqueue('repository.purge', { repositoryId: 'r1' }, { jobId: 'dedup-r1' });
    await jobs.enqueue('repository.purge', { repositoryId: 'r1' }, { jobId: 'dedup-r1' });
    await until(() => events.includes('start r1'));
    await app.close();
    expect(events).toEqual(['start r1', 'finish r1']);
  });

  it('does not retry a job that failed permanently', async () => {
    events.length = 0;
    attempts = 0;
    behaviour = 'permanent-failure';
    const app = await boot();
    await app.get(JobQueue).enqueue('repository.purge', { repositoryId: 'r2' });
    await until(async () => (await app.get(JobQueue).counts()).maintenance.failed === 1);
    await app.close();
    expect(attempts).toBe(1);
  });
});

async function until(condition: () => boolean | Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
