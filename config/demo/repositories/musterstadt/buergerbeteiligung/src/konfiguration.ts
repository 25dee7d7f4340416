import { readFileSync } from 'node:fs';

export interface Konfiguration {
  port: number;
  datenbankUrl: string;
  oeffentlicheUrl: string;
}

/**
 * Liest die Konfiguration aus der Umgebung. Das Datenbankpasswort kommt nur aus einer Datei
 * (Docker- oder Kubernetes-Secret), damit es nicht in Prozesslisten und Protokollen auftaucht.
 */
export function ladeKonfiguration(env: NodeJS.ProcessEnv = process.env): Konfiguration {
  const url = new URL(pflicht(env, 'DATABASE_URL'));
  url.password = encodeURIComponent(readFileSync(pflicht(env, 'DB_PASSWORD_FILE'), 'utf8').trim());
  const port = Number(env.PORT ?? '8080');
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`PORT ist keine gültige Portnummer: ${env.PORT}`);
  return { port, datenbankUrl: url.toString(), oeffentlicheUrl: pflicht(env, 'PUBLIC_URL').replace(/\/+$/, '') };
}

function pflicht(env: NodeJS.ProcessEnv, name: string): string {
  const wert = env[name]?.trim();
  if (!wert) throw new Error(`Umgebungsvariable ${name} fehlt`);
  return wert;
}
