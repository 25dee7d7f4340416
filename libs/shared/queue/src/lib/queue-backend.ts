import {
  createPostgresBackend,
  Job,
  Processor,
  Queue,
  QueueOptions,
  Worker,
  WorkerOptions,
} from 'bullmq';

export interface QueueBackendSettings {
  /** Redis when set; otherwise BullMQ's PostgreSQL backend on `databaseUrl`. */
  redisUrl?: string;
  databaseUrl: string;
  /** Separates installations (and test runs) sharing one Redis or database. */
  prefix: string;
}

/** The part of BullMQ's classes the platform uses, the same for both backends. */
export type PlatformQueue = Pick<Queue, 'add' | 'getJobCounts' | 'close' | 'on'>;
export type PlatformWorker = Pick<Worker, 'close' | 'on'>;

export interface QueueBackend {
  kind: 'redis' | 'postgres';
  createQueue(name: string): PlatformQueue;
  createWorker(name: string, processor: Processor, options: Omit<WorkerOptions, 'connection'>): PlatformWorker;
}

export function createQueueBackend(settings: QueueBackendSettings): QueueBackend {
  if (settings.redisUrl) {
    const connection = redisConnection(settings.redisUrl);
    return {
      kind: 'redis',
      createQueue: (name) => new Queue(name, { connection, prefix: settings.prefix } as QueueOptions),
      createWorker: (name, processor, options) =>
        new Worker(name, processor, { ...options, connection, prefix: settings.prefix } as WorkerOptions),
    };
  }
  const connection = { connectionString: settings.databaseUrl, schema: pgSchema(settings.prefix), max: 5, migrate: true };
  return {
    kind: 'postgres',
    createQueue: (name) => new Queue(name, { connection }, createPostgresBackend) as unknown as PlatformQueue,
    createWorker: (name, processor, options) =>
      new Worker(name, processor, { ...options, connection }, createPostgresBackend) as unknown as PlatformWorker,
  };
}

function redisConnection(url: string) {
  const parsed = new URL(url);
  return {
    host: parsed.hostname,
    port: parsed.port ? Number(parsed.port) : 6379,
    username: parsed.username ? decodeURIComponent(parsed.username) : undefined,
    password: parsed.password ? decodeURIComponent(parsed.password) : undefined,
    db: parsed.pathname.length > 1 ? Number(parsed.pathname.slice(1)) : 0,
    tls: parsed.protocol === 'rediss:' ? {} : undefined,
    // BullMQ workers block on Redis; they must retry rather than fail a command.
    maxRetriesPerRequest: null,
  };
}

/**
 * A schema of its own beside the platform's tables. It must never be named like the
 * database user: PostgreSQL's default search_path starts with "$user", so such a schema
 * would capture unqualified table names.
 */
function pgSchema(prefix: string): string {
  return `queue_${prefix.toLowerCase().replace(/[^a-z0-9_]/g, '_')}`;
}

export type { Job };
