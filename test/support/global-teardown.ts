import { rmSync } from 'node:fs';

export default async function globalTeardown(): Promise<void> {
  const postgres = globalThis.allmendeTestPostgres;
  if (!postgres) return;
  globalThis.allmendeTestPostgres = undefined;
  await postgres.stop();
  rmSync(postgres.dataDir, { recursive: true, force: true });
}
