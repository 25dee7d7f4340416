import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import pg from 'pg';
import { ladeKonfiguration } from '../konfiguration.js';

const VERZEICHNIS = new URL('../../src/db/migrationen/', import.meta.url).pathname;

/** Spielt alle noch nicht angewendeten SQL-Dateien in Namensreihenfolge ein, jede in einer Transaktion. */
async function migriere(): Promise<void> {
  const client = new pg.Client({ connectionString: ladeKonfiguration().datenbankUrl });
  await client.connect();
  try {
    await client.query('CREATE TABLE IF NOT EXISTS migrationen (name text PRIMARY KEY, angewendet timestamptz NOT NULL DEFAULT now())');
    const erledigt = new Set((await client.query<{ name: string }>('SELECT name FROM migrationen')).rows.map((zeile) => zeile.name));
    for (const name of (await readdir(VERZEICHNIS)).filter((datei) => datei.endsWith('.sql')).sort()) {
      if (erledigt.has(name)) continue;
      await client.query('BEGIN');
      await client.query(await readFile(join(VERZEICHNIS, name), 'utf8'));
      await client.query('INSERT INTO migrationen (name) VALUES ($1)', [name]);
      await client.query('COMMIT');
      console.log(`Migration ${name} angewendet`);
    }
  } catch (fehler) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw fehler;
  } finally {
    await client.end();
  }
}

await migriere();
