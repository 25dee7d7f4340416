import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { mkdir, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { ALLMENDE_CONFIG, AllmendeConfig } from '@allmende/config';
import { JobQueue } from '@allmende/queue';

export type ComponentStatus = 'up' | 'down';

export interface Readiness {
  ready: boolean;
  components: Record<'database' | 'queue' | 'storage', { status: ComponentStatus; error?: string }>;
}

const CHECK_TIMEOUT_MS = 2_000;

@Injectable()
export class ReadinessService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
    @Inject(ALLMENDE_CONFIG) private readonly config: AllmendeConfig,
  ) {}

  async check(): Promise<Readiness> {
    const [database, queue, storage] = await Promise.all([
      probe(() => this.dataSource.query('SELECT 1')),
      probe(() => this.jobs.ping()),
      probe(() => this.probeStorage()),
    ]);
    return { ready: [database, queue, storage].every((c) => c.status === 'up'), components: { database, queue, storage } };
  }

  private async probeStorage(): Promise<void> {
    const directory = join(this.config.dataDir, 'tmp');
    await mkdir(directory, { recursive: true });
    const file = join(directory, `ready-${randomUUID()}`);
    await writeFile(file, 'ok');
    await unlink(file);
  }
}

async function probe(check: () => Promise<unknown>): Promise<{ status: ComponentStatus; error?: string }> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      check(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${CHECK_TIMEOUT_MS} ms`)), CHECK_TIMEOUT_MS);
      }),
    ]);
    return { status: 'up' };
  } catch (error) {
    return { status: 'down', error: error instanceof Error ? error.message.split('\n')[0] : 'failed' };
  } finally {
    clearTimeout(timer);
  }
}
