import Fastify from 'fastify';
import pg from 'pg';
import { ladeKonfiguration } from './konfiguration.js';
import { VerfahrenRepository } from './verfahren/verfahren.repository.js';
import { verfahrenRouten } from './verfahren/verfahren.routes.js';

const konfiguration = ladeKonfiguration();
const pool = new pg.Pool({ connectionString: konfiguration.datenbankUrl, max: 10 });
// Kein Zugriffsprotokoll mit IP-Adressen: die Beteiligung soll ohne Spuren möglich sein.
const app = Fastify({ logger: { level: 'info' }, disableRequestLogging: true, trustProxy: true });

app.get('/gesundheit', async (_anfrage, antwort) => {
  await pool.query('SELECT 1');
  return antwort.send({ status: 'ok' });
});
verfahrenRouten(app, new VerfahrenRepository(pool));

const beenden = async () => {
  await app.close();
  await pool.end();
};
process.once('SIGTERM', beenden);
process.once('SIGINT', beenden);

await app.listen({ port: konfiguration.port, host: '0.0.0.0' });
