// Catalogue search at 100,000 and 1,000,000 components: generates a realistic catalogue in its
// own database (German and English descriptions, publiccode.yml categories, every kind, license,
// status and audience), then sends a Zipf-distributed mix of searches through the real
// ComponentSearchService with 10 concurrent clients and prints p50/p95/p99 latency and searches
// per second against the target (p95 < 50 ms, p99 < 150 ms at 1,000,000), the cost of searches
// nobody asked before (cache emptied before each), and EXPLAIN ANALYZE plans of typical searches
// with any sequential scan of catalogue_components called out.
//
//   npm run bench:search [-- --sizes 100000,1000000 --duration 60 --warmup 20 --clients 10 --plans full]
//
// DATABASE_URL names the server (default postgres://postgres@127.0.0.1:5432); the bench creates
// a database of its own there and drops it at the end (--keep keeps it, --database NAME reuses one).
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { fillCatalogue } from './search-catalogue.mjs';
import { random, searchPool, zipf } from './search-workload.mjs';

const root = join(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '100000,1000000' },
    duration: { type: 'string', default: '60' },
    warmup: { type: 'string', default: '20' },
    clients: { type: 'string', default: '10' },
    // Distinct searches, asked for with popularity 1 / rank^zipf.
    pool: { type: 'string', default: '20000' },
    zipf: { type: 'string', default: '1' },
    cold: { type: 'string', default: '60' },
    plans: { type: 'string', default: 'scans' },
    keep: { type: 'boolean', default: false },
    database: { type: 'string' },
  },
});
const SIZES = values.sizes.split(',').map(Number);
const CLIENTS = Number(values.clients);
const TARGET = { size: 1_000_000, p95: 50, p99: 150 };

const dist = (path) => require(join(root, 'dist', path));
const { createDataSource, runMigrationsLocked, PgNotificationListener } = dist('libs/shared/database/src/index.js');
const { platformDataSourceSettings } = dist('libs/platform/runtime/src/lib/platform.entities.js');
const { ComponentSearchService, ComponentSearchCache } = dist('libs/catalogue/domain/src/index.js');
const { planSearch } = dist('libs/catalogue/domain/src/lib/search/component-search.plan.js');
const { countsStatement, rankingStatement, rowsStatement, SEARCH_SETTINGS, textSearchStatement } = dist('libs/catalogue/domain/src/lib/search/component-search.query.js');
const { Clock } = dist('libs/shared/util/src/index.js');
const pg = require('pg');

const server = new URL(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432');
const adminUrl = Object.assign(new URL(server), { pathname: '/postgres' }).toString();
const name = values.database ?? `allmende_bench_search_${randomBytes(4).toString('hex')}`;
const url = Object.assign(new URL(server), { pathname: `/${name}` }).toString();
const log = (line = '') => console.log(line);

async function admin(sql) {
  const client = new pg.Client(adminUrl);
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}

function percentile(sorted, p) {
  return sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function summary(latencies, seconds) {
  const sorted = Float64Array.from(latencies).sort();
  return { count: sorted.length, p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99), max: sorted[sorted.length - 1], qps: sorted.length / seconds };
}

const ms = (value) => `${value.toFixed(1).padStart(7)} ms`;

/** Who searches: 60% anonymous, 35% signed-in members of one to three namespaces, 5% admins. */
async function viewers(dataSource) {
  const namespaces = (await dataSource.query(`SELECT id FROM namespaces ORDER BY id`)).map((row) => row.id);
  const next = random(7);
  const users = Array.from({ length: 500 }, () => ({
    kind: 'user',
    namespaceIds: Array.from({ length: 1 + Math.floor(next() * 3) }, () => namespaces[Math.floor(next() * namespaces.length)]),
  }));
  return (draw) => (draw < 0.6 ? { kind: 'anonymous' } : draw < 0.95 ? users[Math.floor(((draw - 0.6) / 0.35) * users.length)] : { kind: 'everything' });
}

/** CLIENTS loops asking the next search as soon as the last one answered; 15% also ask for the next page. */
async function runWorkload(service, pool, viewerOf, seconds, seed) {
  const next = random(seed);
  const rank = zipf(next, pool.length, Number(values.zipf));
  const latencies = [];
  const byClass = { text: [], browse: [] };
  const errors = [];
  const deadline = performance.now() + seconds * 1000;
  const timed = async (query, viewer) => {
    const started = performance.now();
    try {
      const result = await service.search(query, viewer);
      const took = performance.now() - started;
      latencies.push(took);
      (query.text === null ? byClass.browse : byClass.text).push(took);
      return result;
    } catch (error) {
      errors.push(error);
      return null;
    }
  };
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      while (performance.now() < deadline) {
        const search = pool[rank()];
        const viewer = viewerOf(next());
        const result = await timed({ ...search, after: null }, viewer);
        if (result?.hasNextPage && result.hits.length > 0 && next() < 0.15) {
          await timed({ ...search, after: result.hits[result.hits.length - 1].cursor }, viewer);
        }
      }
    }),
  );
  if (errors.length > 0) log(`  ${errors.length} searches failed, the first: ${errors[0].message ?? errors[0]}`);
  return { latencies, byClass, errors: errors.length };
}

/** Searches nobody asked before: the cache is emptied before each, one search at a time. */
async function coldSearches(service, cache, pool, viewerOf, count) {
  const next = random(99);
  const latencies = [];
  const totals = [];
  const slowest = [];
  for (let i = 0; i < count; i++) {
    const search = pool[Math.floor(next() * pool.length)];
    cache.clear();
    const started = performance.now();
    const result = await service.search({ ...search, after: null }, viewerOf(next()));
    latencies.push(performance.now() - started);
    totals.push(result.totalCount);
    slowest.push({ ms: latencies[latencies.length - 1], search, total: result.totalCount });
  }
  slowest.sort((a, b) => b.ms - a.ms);
  return { latencies, totals: totals.sort((a, b) => a - b), slowest: slowest.slice(0, 5) };
}

/** EXPLAIN ANALYZE of the statements typical searches run; returns whether any scans catalogue_components sequentially. */
async function plans(dataSource, memberNamespaces) {
  const plan = (query) => planSearch({ text: null, filter: {}, sort: 'RELEVANCE', first: 20, after: null, ...query });
  const top = { after: null, limit: 200 };
  const [{ id: someId }] = await dataSource.query(`SELECT id FROM catalogue_components WHERE audience = 'PUBLIC' LIMIT 1`);
  const [{ updated_at: someTime }] = await dataSource.query(`SELECT to_char(updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS updated_at FROM catalogue_components ORDER BY updated_at DESC OFFSET 400 LIMIT 1`);
  // What a search nobody asked before runs for its shared part (and for a member's own part).
  const text = (title, query, segment) => [[title, textSearchStatement(plan(query), segment, top)]];
  const browse = (title, query, segment) => [
    [`${title}: counts`, countsStatement(plan(query), segment)],
    [`${title}: ranking`, rankingStatement(plan(query), segment, top)],
  ];
  const cases = [
    ...text('German word, anonymous', { text: 'Datenbank' }, { kind: 'audience', audience: 'PUBLIC' }),
    ...text('English words, signed-in', { text: 'database backup' }, { kind: 'audience', audience: 'INTERNAL' }),
    ...text('misspelt name', { text: 'Nextclod' }, { kind: 'audience', audience: 'PUBLIC' }),
    ...text('prefix while typing', { text: 'Terminverein' }, { kind: 'audience', audience: 'PUBLIC' }),
    ...text('name and filter', { text: 'keycloak', filter: { kinds: ['HELM_CHART'] } }, { kind: 'audience', audience: 'INTERNAL' }),
    ...text('rare product, newest first', { text: 'nordkatalogbox', sort: 'UPDATED' }, { kind: 'audience', audience: 'PUBLIC' }),
    ...text('broad word', { text: 'Verwaltung' }, { kind: 'audience', audience: 'PUBLIC' }),
    ...browse('browse a category', { filter: { categories: ['geographic-information-systems'] } }, { kind: 'audience', audience: 'PUBLIC' }),
    ...browse('browse a kind, most adopted first', { filter: { kinds: ['LIBRARY'] }, sort: 'ADOPTION' }, { kind: 'audience', audience: 'INTERNAL' }),
    ...browse('browse everything', {}, { kind: 'audience', audience: 'PUBLIC' }),
    ...text('a member’s own namespaces', { text: 'Formular' }, { kind: 'members', namespaceIds: memberNamespaces }),
    ['page beyond the cached ranking, newest first', rankingStatement(plan({ sort: 'UPDATED' }), { kind: 'audience', audience: 'PUBLIC' }, { after: { sort: 'UPDATED', updatedAt: someTime, id: someId }, limit: 21 })],
    ['shown components', rowsStatement(plan({ text: 'Datenbank' }), [{ kind: 'audience', audience: 'PUBLIC' }], [someId], ['c.*'])],
  ];
  let sequential = false;
  for (const [title, statement] of cases) {
    const rows = await dataSource.transaction(async (manager) => {
      await manager.query(SEARCH_SETTINGS);
      return manager.query(`EXPLAIN (ANALYZE, BUFFERS) ${statement.text}`, statement.values);
    });
    const lines = rows.map((row) => row['QUERY PLAN']);
    const seqScan = lines.some((line) => /Seq Scan on catalogue_components/.test(line));
    sequential ||= seqScan;
    const time = lines.find((line) => line.startsWith('Execution Time'));
    log(`  ${title}: ${time}${seqScan ? '  <-- SEQ SCAN on catalogue_components' : ''}`);
    const shown = values.plans === 'full' ? lines : lines.filter((line) => /on catalogue_components|Index Scan|BitmapAnd|BitmapOr/.test(line));
    for (const line of shown) log(`      ${line.trimEnd()}`);
  }
  return sequential;
}

async function measure(dataSource, size) {
  log(`\n== ${size.toLocaleString('en')} components`);
  const listener = new PgNotificationListener({ url });
  const cache = new ComponentSearchCache(new Clock(), listener);
  await cache.onModuleInit();
  const service = new ComponentSearchService(dataSource, cache);
  const viewerOf = await viewers(dataSource);
  const pool = searchPool(1, Number(values.pool));
  const memberNamespaces = viewerOf(0.6).namespaceIds;
  log('plans (EXPLAIN ANALYZE, caches of the server warm from generating):');
  const sequential = await plans(dataSource, memberNamespaces);
  const coldRun = await coldSearches(service, cache, pool, viewerOf, Number(values.cold));
  const cold = summary(coldRun.latencies, 1);
  log(`searches nobody asked before (${cold.count} drawn evenly from the pool, one at a time, cache emptied): p50 ${ms(cold.p50)}  p95 ${ms(cold.p95)}  max ${ms(cold.max)}`);
  log(`  results they found: p10 ${percentile(coldRun.totals, 10)}, p50 ${percentile(coldRun.totals, 50)}, p90 ${percentile(coldRun.totals, 90)}, max ${coldRun.totals[coldRun.totals.length - 1]}`);
  for (const { ms: took, search, total } of coldRun.slowest) log(`  ${ms(took)}  ${total} results  ${JSON.stringify({ text: search.text, filter: search.filter, sort: search.sort })}`);
  cache.clear();
  const warmupSeconds = Number(values.warmup);
  const warmup = summary((await runWorkload(service, pool, viewerOf, warmupSeconds, 2)).latencies, warmupSeconds);
  const before = cache.stats();
  const seconds = Number(values.duration);
  const run = await runWorkload(service, pool, viewerOf, seconds, 3);
  const measured = { ...summary(run.latencies, seconds), errors: run.errors };
  const classes = Object.entries(run.byClass).map(([name, latencies]) => ({ name, ...summary(latencies, seconds) }));
  const after = cache.stats();
  const hitRate = (after.hits - before.hits) / (after.hits - before.hits + after.misses - before.misses);
  log(`${CLIENTS} clients, ${values.pool} distinct searches (Zipf ${values.zipf}), 60% anonymous / 35% members / 5% admins, 15% also page on:`);
  log(`  warm-up  ${warmupSeconds} s: ${warmup.count} searches  p50 ${ms(warmup.p50)}  p95 ${ms(warmup.p95)}  p99 ${ms(warmup.p99)}  ${warmup.qps.toFixed(0)}/s`);
  log(`  measured ${seconds} s: ${measured.count} searches  p50 ${ms(measured.p50)}  p95 ${ms(measured.p95)}  p99 ${ms(measured.p99)}  max ${ms(measured.max)}  ${measured.qps.toFixed(0)}/s  (shared parts from the cache: ${(hitRate * 100).toFixed(0)}%, ${measured.errors} failed)`);
  for (const part of classes) {
    log(`    ${part.name.padEnd(6)} ${String(part.count).padStart(6)} searches  p50 ${ms(part.p50)}  p95 ${ms(part.p95)}  p99 ${ms(part.p99)}`);
  }
  cache.onModuleDestroy();
  await listener.onApplicationShutdown();
  return { size, measured, cold, sequential };
}

async function main() {
  log(`database ${name} on ${server.host}; ${CLIENTS} clients; target at ${TARGET.size.toLocaleString('en')}: p95 < ${TARGET.p95} ms, p99 < ${TARGET.p99} ms`);
  if (!values.database) await admin(`CREATE DATABASE ${name}`);
  const dataSource = await createDataSource(platformDataSourceSettings(url, { poolSize: 2 * CLIENTS, applicationName: 'allmende-bench' })).initialize();
  const generators = [new pg.Client(url), new pg.Client(url)];
  const results = [];
  try {
    await runMigrationsLocked(dataSource);
    await Promise.all(generators.map((client) => client.connect()));
    const [{ shared_buffers: buffers }] = await dataSource.query('SHOW shared_buffers');
    const [{ server_version: version }] = await dataSource.query('SHOW server_version');
    log(`PostgreSQL ${version}, shared_buffers ${buffers}`);
    for (const size of SIZES) {
      await fillCatalogue(generators, size, log);
      const [sizes] = await dataSource.query(
        `SELECT pg_size_pretty(pg_table_size('catalogue_components')) AS "table", pg_size_pretty(pg_indexes_size('catalogue_components')) AS indexes`,
      );
      log(`  catalogue_components: table ${sizes.table}, indexes ${sizes.indexes}`);
      results.push(await measure(dataSource, size));
    }
  } finally {
    await Promise.all(generators.map((client) => client.end().catch(() => undefined)));
    await dataSource.destroy();
    if (!values.keep && !values.database) await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
  log('\nsize        searches/s   p50        p95        p99        first-time p50 / p95      seq scan');
  for (const { size, measured, cold, sequential } of results) {
    log(`${size.toLocaleString('en').padEnd(10)} ${measured.qps.toFixed(0).padStart(8)}   ${ms(measured.p50)} ${ms(measured.p95)} ${ms(measured.p99)}   ${ms(cold.p50)} / ${ms(cold.p95)}   ${sequential ? 'yes' : 'no'}`);
  }
  const target = results.find((result) => result.size === TARGET.size);
  if (target) {
    const met = target.measured.p95 < TARGET.p95 && target.measured.p99 < TARGET.p99;
    log(`target at ${TARGET.size.toLocaleString('en')}: p95 ${target.measured.p95.toFixed(1)} ms < ${TARGET.p95} ms and p99 ${target.measured.p99.toFixed(1)} ms < ${TARGET.p99} ms: ${met ? 'MET' : 'NOT MET'}`);
  }
}

await main();
