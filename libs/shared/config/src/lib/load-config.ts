import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { AllmendeConfig, LogLevel, PlatformRole } from './allmende-config';
import { ConfigError } from './config.error';

type Env = Record<string, string | undefined>;

const ROLES: readonly PlatformRole[] = ['all', 'api', 'worker'];
const LOG_LEVELS: readonly LogLevel[] = ['error', 'warn', 'info', 'debug'];
const MIN_ADMIN_TOKEN_LENGTH = 32;
const MIB = 1024 ** 2;
const SHIPPED_LICENSE_POLICY = 'config/license-policy.yaml';
const SHIPPED_CONDUCT_RULES = 'config/conduct-rules.yaml';

/** Reads and validates the environment; throws ConfigError naming the first bad variable. */
export function loadConfig(env: Env = process.env, cwd = process.cwd()): AllmendeConfig {
  const port = integer(env, 'PORT', 3000, 0, 65535);
  const host = nonEmpty(env, 'HOST', '127.0.0.1');
  const dataDir = resolve(cwd, nonEmpty(env, 'DATA_DIR', './.allmende'));
  const databaseUrl = url(env, 'DATABASE_URL', ['postgres:', 'postgresql:']);
  const redisUrl = url(env, 'REDIS_URL', ['redis:', 'rediss:']);
  const role = oneOf(env, 'ALLMENDE_ROLE', ROLES, 'all');
  const adminToken = optional(env, 'ALLMENDE_ADMIN_TOKEN');
  if (adminToken !== undefined && (adminToken.length < MIN_ADMIN_TOKEN_LENGTH || /\s/.test(adminToken))) {
    throw new ConfigError(
      'ALLMENDE_ADMIN_TOKEN',
      `must be at least ${MIN_ADMIN_TOKEN_LENGTH} characters without whitespace (a random secret)`,
    );
  }
  const demo = flag(env, 'ALLMENDE_DEMO', false);
  const logLevel = oneOf(env, 'LOG_LEVEL', LOG_LEVELS, 'info');
  const production = optional(env, 'NODE_ENV') === 'production';
  const publicUrl = (
    url(env, 'ALLMENDE_PUBLIC_URL', ['http:', 'https:']) ?? `http://${hostForUrl(host)}:${port}`
  ).replace(/\/+$/, '');
  // A path the operator gives is relative to the working directory, like DATA_DIR; the default
  // is the policy shipped with the code, wherever the process was started from.
  const policyOverride = optional(env, 'LICENSE_POLICY_FILE');
  const policyFile = policyOverride ? resolve(cwd, policyOverride) : shippedPath(SHIPPED_LICENSE_POLICY, cwd);
  const rulesOverride = optional(env, 'CONDUCT_RULES_FILE');
  const rulesFile = rulesOverride ? resolve(cwd, rulesOverride) : shippedPath(SHIPPED_CONDUCT_RULES, cwd);
  return {
    port,
    host,
    dataDir,
    databaseUrl,
    redisUrl,
    role,
    adminToken,
    demo,
    logLevel,
    production,
    publicUrl,
    graphql: {
      maxDepth: integer(env, 'GRAPHQL_MAX_DEPTH', 10, 2, 50),
      maxAliases: integer(env, 'GRAPHQL_MAX_ALIASES', 15, 0, 500),
      maxComplexity: integer(env, 'GRAPHQL_MAX_COMPLEXITY', 2500, 10, 1_000_000),
      maxDocumentLength: integer(env, 'GRAPHQL_MAX_DOCUMENT_LENGTH', 10_000, 100, 1_000_000),
    },
    git: {
      maxPushBytes: integer(env, 'GIT_MAX_PUSH_BYTES', 2 * 1024 ** 3, 1024, Number.MAX_SAFE_INTEGER),
      maxFileBytes: integer(env, 'GIT_MAX_FILE_BYTES', 100 * 1024 ** 2, 1, Number.MAX_SAFE_INTEGER),
      timeoutMs: integer(env, 'GIT_TIMEOUT_MS', 10 * 60_000, 1_000, 24 * 3600_000),
      maxProcessesPerRepository: integer(env, 'GIT_MAX_PROCESSES_PER_REPOSITORY', 16, 1, 1_000),
      maxProcessesPerClient: integer(env, 'GIT_MAX_PROCESSES_PER_CLIENT', 8, 1, 1_000),
    },
    mirrors: {
      intervalMinutes: integer(env, 'MIRROR_INTERVAL_MINUTES', 60, 1, 7 * 24 * 60),
      allowPrivateNetworks: flag(env, 'MIRROR_ALLOW_PRIVATE_NETWORKS', false),
    },
    licensing: {
      policyFile,
      scan: {
        maxFileBytes: integer(env, 'LICENSE_SCAN_MAX_FILE_BYTES', MIB, 1024, 1024 * MIB),
        maxFiles: integer(env, 'LICENSE_SCAN_MAX_FILES', 20_000, 1, 10_000_000),
        maxBytes: integer(env, 'LICENSE_SCAN_MAX_BYTES', 64 * MIB, 1024, 64 * 1024 * MIB),
      },
    },
    conduct: { rulesFile },
    queuePrefix: pattern(env, 'QUEUE_PREFIX', /^[A-Za-z][A-Za-z0-9_-]{0,39}$/, 'allmende', 'must be 1-40 letters, digits, "_" or "-", starting with a letter'),
    workerConcurrency: integer(env, 'WORKER_CONCURRENCY', 4, 1, 256),
    shutdownGraceMs: integer(env, 'SHUTDOWN_GRACE_MS', 25_000, 0, 600_000),
  };
}

function optional(env: Env, name: string): string | undefined {
  const value = env[name];
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}

function nonEmpty(env: Env, name: string, fallback: string): string {
  return optional(env, name) ?? fallback;
}

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = optional(env, name);
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
    throw new ConfigError(name, `must be an integer from ${min} to ${max} (got "${raw}")`);
  }
  return Number(raw);
}

function pattern(env: Env, name: string, regex: RegExp, fallback: string, rule: string): string {
  const raw = optional(env, name);
  if (raw === undefined) return fallback;
  if (!regex.test(raw)) throw new ConfigError(name, `${rule} (got "${raw}")`);
  return raw;
}

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const raw = optional(env, name);
  if (raw === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(raw)) {
    throw new ConfigError(name, `must be one of ${allowed.join(', ')} (got "${raw}")`);
  }
  return raw as T;
}

function flag(env: Env, name: string, fallback: boolean): boolean {
  const raw = optional(env, name);
  if (raw === undefined) return fallback;
  if (['1', 'true'].includes(raw.toLowerCase())) return true;
  if (['0', 'false'].includes(raw.toLowerCase())) return false;
  throw new ConfigError(name, `must be 1, 0, true or false (got "${raw}")`);
}

function url(env: Env, name: string, protocols: string[]): string | undefined {
  const raw = optional(env, name);
  if (raw === undefined) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new ConfigError(name, `must be a URL (${protocols.join(' or ')}//...)`);
  }
  if (!protocols.includes(parsed.protocol)) {
    throw new ConfigError(name, `must use ${protocols.join(' or ')} (got "${parsed.protocol}")`);
  }
  return raw;
}

/**
 * A file or directory shipped in the repository (`config/...`), found from this module's
 * location so it works from the sources (tests, `npm run cli`) and from `dist/` (`npm start`)
 * alike; the working directory is the fallback.
 */
export function shippedPath(relativePath: string, cwd = process.cwd()): string {
  for (let directory = __dirname, depth = 0; depth < 10; directory = dirname(directory), depth++) {
    const candidate = join(directory, relativePath);
    if (existsSync(join(directory, 'package.json')) && existsSync(candidate)) return candidate;
    if (dirname(directory) === directory) break;
  }
  return resolve(cwd, relativePath);
}

function hostForUrl(host: string): string {
  if (host === '0.0.0.0' || host === '::') return 'localhost';
  return host.includes(':') ? `[${host}]` : host;
}
