export type PlatformRole = 'all' | 'api' | 'worker';
export type LogLevel = 'error' | 'warn' | 'info' | 'debug';

export interface GraphqlLimits {
  maxDepth: number;
  maxAliases: number;
  maxComplexity: number;
  maxDocumentLength: number;
}

export interface GitLimits {
  /** receive.maxInputSize: largest pack a push may send. */
  maxPushBytes: number;
  /** Largest single file a push may add (checked by the pre-receive hook). */
  maxFileBytes: number;
  /** Wall-clock limit of one git process. */
  timeoutMs: number;
  maxProcessesPerRepository: number;
  maxProcessesPerClient: number;
}

/** Bounds on what one license scan reads (a commit's tree or a directory). */
export interface LicenseScanLimits {
  /** Larger files are listed as too large; their content is never handed to the detector. */
  maxFileBytes: number;
  /** The scan stops after this many files and reports itself truncated. */
  maxFiles: number;
  /** The scan stops once it has read this many bytes in total and reports itself truncated. */
  maxBytes: number;
}

export interface AllmendeConfig {
  port: number;
  host: string;
  /** Absolute path; every file the platform writes lives below it. */
  dataDir: string;
  /** Unset means: run an embedded PostgreSQL under `dataDir`. */
  databaseUrl?: string;
  /** Unset means: BullMQ's PostgreSQL backend on the platform database. */
  redisUrl?: string;
  role: PlatformRole;
  adminToken?: string;
  demo: boolean;
  logLevel: LogLevel;
  production: boolean;
  /** Base URL users reach the platform at; clone URLs are built from it. */
  publicUrl: string;
  graphql: GraphqlLimits;
  git: GitLimits;
  mirrors: {
    /** How often each pull mirror is fetched. */
    intervalMinutes: number;
    /** Mirrors from private and loopback addresses are refused unless this is set (SSRF). */
    allowPrivateNetworks: boolean;
  };
  licensing: {
    /** Absolute path of the license policy YAML, read once at start-up of api and worker. */
    policyFile: string;
    scan: LicenseScanLimits;
  };
  conduct: {
    /** Absolute path of the code-of-conduct rules YAML; the check reads files within the license scan's limits. */
    rulesFile: string;
  };
  /** Separates installations (or test runs) sharing one Redis or one queue schema. */
  queuePrefix: string;
  workerConcurrency: number;
  /** How long in-flight requests and jobs get to finish after SIGTERM. */
  shutdownGraceMs: number;
}

export const ALLMENDE_CONFIG = Symbol('ALLMENDE_CONFIG');
