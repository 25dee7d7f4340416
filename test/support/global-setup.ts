import { Socket } from 'node:net';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import './register-aliases';
import { EmbeddedPostgres, startEmbeddedPostgres } from '@allmende/database';

/**
 * Test backends. `external` (default): the machine's PostgreSQL and Redis, as in CI.
 * `embedded`: an embedded PostgreSQL and BullMQ's PostgreSQL queue backend, proving the
 * platform needs nothing installed. Every test file makes its own database either way.
 */
declare global {
  var allmendeTestPostgres: (EmbeddedPostgres & { dataDir: string }) | undefined;
}

export default async function globalSetup(): Promise<void> {
  const backend = process.env.ALLMENDE_TEST_BACKEND ?? 'external';
  if (backend === 'embedded') {
    if (!globalThis.allmendeTestPostgres) {
      const dataDir = mkdtempSync(join(tmpdir(), 'allmende-test-pg-'));
      globalThis.allmendeTestPostgres = Object.assign(await startEmbeddedPostgres({ dataDir }), { dataDir });
    }
    process.env.ALLMENDE_TEST_PG_URL = globalThis.allmendeTestPostgres.url.replace(/\/allmende$/, '/postgres');
    delete process.env.ALLMENDE_TEST_REDIS_URL;
    return;
  }
  if (backend !== 'external') throw new Error(`ALLMENDE_TEST_BACKEND must be external or embedded (got ${backend})`);
  process.env.ALLMENDE_TEST_PG_URL ??= 'postgres://postgres@127.0.0.1:5432/postgres';
  process.env.ALLMENDE_TEST_REDIS_URL ??= 'redis://127.0.0.1:6379';
  for (const url of [process.env.ALLMENDE_TEST_PG_URL, process.env.ALLMENDE_TEST_REDIS_URL]) {
    const { hostname, port } = new URL(url);
    if (!(await reachable(hostname, Number(port)))) {
      throw new Error(`test backend ${hostname}:${port} is not reachable; start it, or run with ALLMENDE_TEST_BACKEND=embedded`);
    }
  }
}

function reachable(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = new Socket();
    socket.setTimeout(2_000);
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => (socket.destroy(), resolve(false)));
    socket.connect(port, host);
  });
}
