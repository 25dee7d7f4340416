import { mkdirSync } from 'node:fs';
import { AllmendeConfig } from '@allmende/config';
import { createDataSource, runMigrationsLocked, startEmbeddedPostgres } from '@allmende/database';
import { platformDataSourceSettings } from './platform.entities';

export interface Infrastructure {
  databaseUrl: string;
  embedded: boolean;
  stop(): Promise<void>;
}

export interface InfrastructureOptions {
  log: (message: string) => void;
  /** The command line may share the embedded database of a running platform. */
  allowAttach?: boolean;
}

/** Makes the data directory, the database (embedded when no DATABASE_URL) and its schema ready. */
export async function prepareInfrastructure(config: AllmendeConfig, options: InfrastructureOptions): Promise<Infrastructure> {
  mkdirSync(config.dataDir, { recursive: true, mode: 0o700 });
  const embedded = config.databaseUrl
    ? undefined
    : await startEmbeddedPostgres({ dataDir: config.dataDir, allowAttach: options.allowAttach, log: options.log });
  const databaseUrl = config.databaseUrl ?? (embedded as { url: string }).url;
  try {
    await migrate(databaseUrl, options.log);
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
  return { databaseUrl, embedded: embedded !== undefined, stop: async () => embedded?.stop() };
}

export async function migrate(databaseUrl: string, log: (message: string) => void): Promise<string[]> {
  const dataSource = await createDataSource(platformDataSourceSettings(databaseUrl, { poolSize: 2 })).initialize();
  try {
    const applied = await runMigrationsLocked(dataSource);
    for (const name of applied) log(`applied migration ${name}`);
    return applied;
  } finally {
    await dataSource.destroy();
  }
}
