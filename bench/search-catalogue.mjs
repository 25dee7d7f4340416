// Fills a migrated database with a realistic catalogue for bench/search.mjs: namespaces of every
// kind, their repositories (some INTERNAL or PRIVATE) and components generated set-based in SQL
// from the vocabulary, with the search vector built by the migrations' own
// catalogue_search_vector(). Two connections generate halves of each step at the same time.
import { GENERIC, KIND_SUFFIXES, LICENSES, NAMESPACE_PLACES, PLATFORMS, productNames, TOPICS } from './search-vocabulary.mjs';

const COMPONENTS_PER_REPOSITORY = 3;
const CHUNK = 25_000;

/** Helper tables and functions of the generator; they live only in the bench's own database. */
async function prepare(client) {
  const topics = TOPICS.map((topic, idx) => ({
    idx,
    names: topic.names,
    products: productNames(topic),
    short_de: topic.de.short,
    short_en: topic.en.short,
    long_de: topic.de.long,
    long_en: topic.en.long,
    features_de: topic.de.features,
    features_en: topic.en.features,
    categories: topic.categories,
  }));
  let position = 0;
  const licenses = LICENSES.map(([expression, status, weight]) => {
    const row = { lo: position, hi: position + weight, expression, status };
    position += weight;
    return row;
  });
  await client.query(`
    CREATE FUNCTION bench_pick(a anyarray, r float8) RETURNS anyelement LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
      $$ SELECT a[1 + floor(r * cardinality(a))::int] $$;
    CREATE FUNCTION bench_some(a text[], n int, r float8) RETURNS text[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
      $$ SELECT a[1 + floor(r * greatest(cardinality(a) - n + 1, 1))::int : floor(r * greatest(cardinality(a) - n + 1, 1))::int + n] $$;`);
  await client.query(
    `CREATE UNLOGGED TABLE bench_topics AS SELECT * FROM jsonb_to_recordset($1::jsonb) AS t(idx int, names text[], products text[], short_de text[], short_en text[],
       long_de text[], long_en text[], features_de text[], features_en text[], categories text[])`,
    [JSON.stringify(topics)],
  );
  await client.query(`CREATE UNLOGGED TABLE bench_suffixes AS SELECT key AS kind, ARRAY(SELECT jsonb_array_elements_text(value)) AS suffixes FROM jsonb_each($1::jsonb)`, [JSON.stringify(KIND_SUFFIXES)]);
  await client.query(`CREATE UNLOGGED TABLE bench_licenses AS SELECT * FROM jsonb_to_recordset($1::jsonb) AS l(lo int, hi int, expression text, status text)`, [JSON.stringify(licenses)]);
  await client.query(`CREATE UNLOGGED TABLE bench_words (generic_de text[], generic_en text[], platforms text[], places text[])`);
  await client.query(`CREATE UNLOGGED TABLE bench_namespaces (idx int PRIMARY KEY, id uuid, kind text, visibility text)`);
  await client.query(`CREATE UNLOGGED TABLE bench_repositories (idx int PRIMARY KEY, id uuid, namespace_id uuid, audience text, namespace_kind text, place text)`);
  await client.query(`INSERT INTO bench_words VALUES ($1, $2, $3, $4)`, [GENERIC.de, GENERIC.en, PLATFORMS, NAMESPACE_PLACES]);
}

/**
 * Namespaces and repositories for components up to `components`, added to those there are: a
 * namespace per 500 components, three components per repository, a few namespaces publishing
 * much more than most (as the big IT providers do), about 5% of components visible to members
 * only and 9% INTERNAL.
 */
async function owners(client, components) {
  const namespaces = Math.max(50, Math.round(components / 500));
  const repositories = Math.ceil(components / COMPONENTS_PER_REPOSITORY);
  const { rows: [have] } = await client.query(`SELECT (SELECT count(*) FROM bench_namespaces)::int AS namespaces, (SELECT count(*) FROM bench_repositories)::int AS repositories`);
  // Every random draw is made once per row in a materialized CTE: a volatile expression the
  // planner moves into a join condition would be drawn again for every pair it compares.
  await client.query(
    `WITH d AS MATERIALIZED (SELECT i, random() AS r, random() AS v FROM generate_series($1::int, $2::int - 1) AS i),
     made AS (
       INSERT INTO namespaces (slug, display_name, kind, visibility)
       SELECT w.places[1 + i % cardinality(w.places)] || '-' || i, initcap(w.places[1 + i % cardinality(w.places)]) || ' ' || i,
              CASE WHEN r < 0.70 THEN 'MUNICIPALITY' WHEN r < 0.80 THEN 'STATE' WHEN r < 0.88 THEN 'FEDERAL' ELSE 'OTHER' END,
              CASE WHEN v < 0.02 THEN 'PRIVATE' ELSE 'PUBLIC' END
         FROM bench_words w, d
       RETURNING id, slug, kind, visibility)
     INSERT INTO bench_namespaces SELECT substring(slug from '\\d+$')::int, id, kind, visibility FROM made`,
    [have.namespaces, namespaces],
  );
  await client.query(
    `WITH d AS MATERIALIZED (SELECT i, floor($3::int * power(random(), 1.6))::int AS ns, random() AS v FROM generate_series($1::int, $2::int - 1) AS i),
     made AS (
       INSERT INTO repositories (namespace_id, name, name_key, visibility, head_commit)
       SELECT n.id, 'repo-' || i, 'repo-' || i, CASE WHEN d.v < 0.03 THEN 'PRIVATE' WHEN d.v < 0.12 THEN 'INTERNAL' ELSE 'PUBLIC' END, repeat('a', 40)
         FROM d JOIN bench_namespaces n ON n.idx = d.ns
       RETURNING id, namespace_id, name, visibility)
     INSERT INTO bench_repositories
     SELECT substring(m.name from '\\d+$')::int, m.id, m.namespace_id, catalogue_audience(m.visibility, n.visibility), n.kind, split_part(ns.slug, '-', 1)
       FROM made m JOIN bench_namespaces n ON n.id = m.namespace_id JOIN namespaces ns ON ns.id = m.namespace_id`,
    [have.repositories, repositories, namespaces],
  );
}

/** The columns a component is inserted with, besides its search vector. */
const COLUMNS = `repository_id, namespace_id, commit, component_key, kind, path, name, version, description, descriptions,
  categories, platforms, software_type, development_status, maintenance_type, declared_license, hardening, hardening_level,
  audience, namespace_kind, license_expression, license_status, conduct_status, badge_score, adoption_count, verified_adoption_count,
  created_at, updated_at`;

/** Components first..last (1-based) into the staging table, with the texts their search vector is made of. */
function stagingStatement(first, last) {
  return {
    text: `
    WITH draws AS MATERIALIZED (
      SELECT g, floor(power(random(), 1.3) * (SELECT count(*) FROM bench_topics))::int AS topic,
             floor(random() * (SELECT count(*) FROM bench_topics))::int AS topic2,
             random() AS r_kind, random() AS r_product, random() AS r_name, random() AS r_suffix, random() AS r_style, random() AS r_lang,
             random() AS r_short, random() AS r_long, random() AS r_long2, random() AS r_generic,
             random() AS r_features, random() AS r_categories, random() AS r_platforms, random() AS r_status,
             random() AS r_maintenance, random() AS r_license, random() AS r_conduct, random() AS r_badges,
             random() AS r_adoptions, random() AS r_verified, random() AS r_hardening, random() AS r_updated, random() AS r_created
        FROM generate_series($1::int, $2::int) AS g)
    INSERT INTO bench_staging (${COLUMNS}, short_text, middle_text, long_text)
    SELECT r.id, r.namespace_id, repeat('a', 40), x.kind || ':' || x.path || '#' || d.g, x.kind, x.path, x.name, x.version,
           coalesce(x.short_de, x.short_en), x.descriptions, x.categories, x.platforms, x.software_type, x.development_status, x.maintenance_type,
           l.expression, x.hardening, x.hardening_level, r.audience, r.namespace_kind, l.expression, l.status, x.conduct_status,
           x.badge_score, x.adoptions, floor(x.adoptions * d.r_verified)::int,
           x.updated_at - d.r_created * interval '700 days', x.updated_at,
           concat_ws(' ', x.short_de, x.short_en), array_to_string(x.features_de || x.features_en || x.categories || x.platforms, ' '),
           concat_ws(' ', x.long_de, x.long_en)
      FROM draws AS d
      JOIN bench_repositories r ON r.idx = (d.g - 1) / ${COMPONENTS_PER_REPOSITORY}
      CROSS JOIN bench_words w
      JOIN bench_topics t ON t.idx = d.topic
      JOIN bench_topics t2 ON t2.idx = d.topic2
      JOIN bench_licenses l ON floor(d.r_license * 1000)::int >= l.lo AND floor(d.r_license * 1000)::int < l.hi
      CROSS JOIN LATERAL (SELECT CASE WHEN d.r_kind < 0.30 THEN 'APPLICATION' WHEN d.r_kind < 0.55 THEN 'CONTAINER_IMAGE' WHEN d.r_kind < 0.70 THEN 'HELM_CHART'
                                      WHEN d.r_kind < 0.90 THEN 'LIBRARY' WHEN d.r_kind < 0.97 THEN 'CONFIGURATION' ELSE 'OTHER' END AS kind) AS k
      JOIN bench_suffixes s ON s.kind = k.kind
      -- Half the components derive from a well-known product, half from one of the many others.
      CROSS JOIN LATERAL (SELECT CASE WHEN d.r_product < 0.5 THEN bench_pick(t.names, d.r_name) ELSE bench_pick(t.products, d.r_name) END
                                 || bench_pick(s.suffixes, d.r_suffix) AS slug) AS n
      CROSS JOIN LATERAL (SELECT d.r_lang < 0.9 AS de, d.r_lang > 0.55 AS en) AS lang
      CROSS JOIN LATERAL (
        SELECT k.kind,
               CASE k.kind WHEN 'CONTAINER_IMAGE' THEN 'Dockerfile' WHEN 'HELM_CHART' THEN 'charts/' || n.slug || '/Chart.yaml'
                           WHEN 'LIBRARY' THEN 'package.json' ELSE 'publiccode.yml' END AS path,
               CASE WHEN d.r_style < 0.10 THEN initcap(replace(n.slug, '-', ' '))
                    WHEN d.r_style < 0.25 THEN r.place || '-' || n.slug ELSE n.slug END AS name,
               '1.' || floor(d.r_short * 20)::int || '.' || floor(d.r_long * 10)::int AS version,
               CASE WHEN lang.de THEN bench_pick(t.short_de, d.r_short) END AS short_de,
               CASE WHEN lang.en THEN bench_pick(t.short_en, d.r_short) END AS short_en,
               -- Long descriptions of some 700 to 1,500 characters, as publiccode.yml asks for
               -- (and as makes the search vector too long to stay in the row).
               CASE WHEN lang.de THEN array_to_string(t.long_de, ' ') || ' ' || bench_pick(t.short_de, d.r_long) || '. Funktionen: '
                                   || array_to_string(t.features_de[1:4], ', ') || '.' || CASE WHEN d.r_long2 < 0.3 THEN ' ' || bench_pick(t2.long_de, d.r_long2) ELSE '' END
                                   || ' ' || array_to_string(bench_some(w.generic_de, 5, d.r_generic), ' ') END AS long_de,
               CASE WHEN lang.en THEN array_to_string(t.long_en, ' ') || ' ' || bench_pick(t.short_en, d.r_long) || '. Features: '
                                   || array_to_string(t.features_en[1:4], ', ') || '. ' || array_to_string(bench_some(w.generic_en, 4, d.r_generic), ' ') END AS long_en,
               CASE WHEN lang.de THEN bench_some(t.features_de, 3, d.r_features) ELSE '{}' END AS features_de,
               CASE WHEN lang.en THEN bench_some(t.features_en, 3, d.r_features) ELSE '{}' END AS features_en,
               bench_some(t.categories, 1 + floor(d.r_categories * 2)::int, d.r_categories)
                 || CASE WHEN d.r_categories > 0.9 THEN ARRAY[bench_pick(t2.categories, d.r_categories)] ELSE '{}' END AS categories,
               CASE k.kind WHEN 'APPLICATION' THEN ARRAY['web'] || bench_some(w.platforms[2:], floor(d.r_platforms * 3)::int, d.r_platforms)
                           WHEN 'LIBRARY' THEN bench_some(w.platforms[2:4], 1 + floor(d.r_platforms * 3)::int, d.r_platforms)
                           WHEN 'OTHER' THEN '{}' ELSE ARRAY['linux'] END AS platforms,
               CASE k.kind WHEN 'APPLICATION' THEN 'standalone/web' WHEN 'LIBRARY' THEN 'library' WHEN 'CONFIGURATION' THEN 'configurationFiles' END AS software_type,
               CASE WHEN d.r_status < 0.50 THEN 'stable' WHEN d.r_status < 0.65 THEN 'beta' WHEN d.r_status < 0.85 THEN 'development'
                    WHEN d.r_status < 0.90 THEN 'concept' WHEN d.r_status < 0.95 THEN 'obsolete' END AS development_status,
               CASE WHEN d.r_maintenance < 0.35 THEN 'internal' WHEN d.r_maintenance < 0.60 THEN 'contract' WHEN d.r_maintenance < 0.90 THEN 'community'
                    WHEN d.r_maintenance < 0.95 THEN 'none' END AS maintenance_type,
               CASE WHEN k.kind IN ('CONTAINER_IMAGE', 'HELM_CHART') THEN
                    CASE WHEN d.r_hardening < 0.3 THEN 'LOW' WHEN d.r_hardening < 0.7 THEN 'MEDIUM' ELSE 'HIGH' END END AS hardening_level,
               CASE WHEN k.kind IN ('CONTAINER_IMAGE', 'HELM_CHART') THEN
                    jsonb_build_object('score', floor(d.r_hardening * 100)::int, 'checks', '[]'::jsonb,
                      'level', CASE WHEN d.r_hardening < 0.3 THEN 'LOW' WHEN d.r_hardening < 0.7 THEN 'MEDIUM' ELSE 'HIGH' END) END AS hardening,
               CASE WHEN d.r_conduct < 0.55 THEN 'PASSED' WHEN d.r_conduct < 0.75 THEN 'NEEDS_REVIEW' WHEN d.r_conduct < 0.90 THEN 'FAILED'
                    WHEN d.r_conduct < 0.92 THEN 'ERROR' END AS conduct_status,
               floor(power(d.r_badges, 2) * CASE WHEN d.r_conduct < 0.55 THEN 10 ELSE 4 END)::int AS badge_score,
               floor(exp(power(d.r_adoptions, 3) * 6))::int - 1 AS adoptions,
               now() - d.r_updated * interval '1100 days' AS updated_at) AS x0
      CROSS JOIN LATERAL (
        SELECT x0.*, jsonb_strip_nulls(jsonb_build_object(
                 'de', CASE WHEN lang.de THEN jsonb_build_object('shortDescription', x0.short_de, 'longDescription', x0.long_de, 'features', to_jsonb(x0.features_de)) END,
                 'en', CASE WHEN lang.en THEN jsonb_build_object('shortDescription', x0.short_en, 'longDescription', x0.long_en, 'features', to_jsonb(x0.features_en)) END)) AS descriptions) AS x`,
    values: [first, last],
  };
}

/**
 * catalogue_search_vector(name, short, middle, long) concatenates one weighted vector per text,
 * so it equals the concatenation of its value for each text alone. The catalogue repeats its
 * texts (many components share a description), so each distinct text is analysed once.
 */
const PARTS = [
  { table: 'bench_vector_name', column: 'name', vector: 'catalogue_search_vector(name, NULL, NULL, NULL)' },
  { table: 'bench_vector_short', column: 'short_text', vector: 'catalogue_search_vector(NULL, short_text, NULL, NULL)' },
  { table: 'bench_vector_middle', column: 'middle_text', vector: 'catalogue_search_vector(NULL, NULL, middle_text, NULL)' },
  { table: 'bench_vector_long', column: 'long_text', vector: 'catalogue_search_vector(NULL, NULL, NULL, long_text)' },
];

/**
 * Adds components until the catalogue holds `total`: generated into a staging table, their
 * distinct texts analysed, then inserted with their search vectors. The indexes are dropped for
 * the load and created again from their own definitions (pg_get_indexdef), which is much faster
 * than maintaining them row by row and leaves exactly the migrations' indexes behind.
 */
export async function fillCatalogue(clients, total, log) {
  const [main] = clients;
  const { rows: [{ prepared }] } = await main.query(`SELECT to_regclass('bench_topics') IS NOT NULL AS prepared`);
  if (!prepared) {
    // The bench's database is thrown away: writing the catalogue's gigabytes to the WAL as well
    // would double the time generating takes, and queries read the same pages either way.
    await main.query('ALTER TABLE catalogue_adoptions SET UNLOGGED');
    await main.query('ALTER TABLE catalogue_components SET UNLOGGED');
    await prepare(main);
    await main.query(`CREATE UNLOGGED TABLE bench_staging AS SELECT ${COLUMNS} FROM catalogue_components WITH NO DATA`);
    await main.query(`ALTER TABLE bench_staging ADD g serial, ADD short_text text, ADD middle_text text, ADD long_text text`);
    for (const part of PARTS) await main.query(`CREATE UNLOGGED TABLE ${part.table} (text text PRIMARY KEY, vector tsvector NOT NULL)`);
  }
  const { rows: [{ count }] } = await main.query('SELECT count(*)::int AS count FROM catalogue_components');
  if (count >= total) return;
  await owners(main, total);
  const { rows: indexes } = await main.query(
    `SELECT indexrelid::regclass::text AS name, pg_get_indexdef(indexrelid) AS definition
       FROM pg_index WHERE indrelid = 'catalogue_components'::regclass AND NOT indisprimary AND NOT indisunique`,
  );
  // The table's own constraints other than its key (foreign key, unique key) likewise.
  const { rows: constraints } = await main.query(
    `SELECT conname AS name, pg_get_constraintdef(oid) AS definition FROM pg_constraint WHERE conrelid = 'catalogue_components'::regclass AND contype IN ('f', 'u')`,
  );
  for (const index of indexes) await main.query(`DROP INDEX ${index.name}`);
  for (const constraint of constraints) await main.query(`ALTER TABLE catalogue_components DROP CONSTRAINT "${constraint.name}"`);
  // Compiling the generator's expressions costs seconds per statement and saves nothing here.
  for (const client of clients) await client.query('SET jit = off');
  const started = Date.now();
  const chunks = [];
  for (let first = count + 1; first <= total; first += CHUNK) chunks.push([first, Math.min(total, first + CHUNK - 1)]);
  await inTurns(clients, chunks, (client, [first, last]) => client.query(stagingStatement(first, last)));
  const staged = Date.now();
  await inTurns(clients, PARTS, (client, part) =>
    client.query(
      `INSERT INTO ${part.table} SELECT ${part.column}, ${part.vector}
         FROM (SELECT DISTINCT ${part.column} FROM bench_staging) s WHERE NOT EXISTS (SELECT 1 FROM ${part.table} p WHERE p.text = s.${part.column})`,
    ),
  );
  const analysed = Date.now();
  // The shortcut must give what the function gives for the whole row.
  const { rows: [check] } = await main.query(
    `SELECT count(*) FILTER (WHERE n.vector || s2.vector || m.vector || l.vector <> catalogue_search_vector(s.name, s.short_text, s.middle_text, s.long_text))::int AS different
       FROM (SELECT * FROM bench_staging ORDER BY random() LIMIT 2000) s
       JOIN bench_vector_name n ON n.text = s.name JOIN bench_vector_short s2 ON s2.text = s.short_text
       JOIN bench_vector_middle m ON m.text = s.middle_text JOIN bench_vector_long l ON l.text = s.long_text`,
  );
  if (check.different !== 0) throw new Error(`${check.different} of 2000 sampled search vectors differ from catalogue_search_vector()`);
  await inTurns(clients, [0, 1], (client, half) =>
    client.query(
      `INSERT INTO catalogue_components (${COLUMNS}, search_vector)
       SELECT ${COLUMNS.split(',').map((column) => `s.${column.trim()}`).join(', ')}, n.vector || s2.vector || m.vector || l.vector
         FROM bench_staging s
         JOIN bench_vector_name n ON n.text = s.name JOIN bench_vector_short s2 ON s2.text = s.short_text
         JOIN bench_vector_middle m ON m.text = s.middle_text JOIN bench_vector_long l ON l.text = s.long_text
        WHERE s.g % 2 = $1`,
      [half],
    ),
  );
  await main.query('TRUNCATE bench_staging');
  const indexStarted = Date.now();
  await inTurns(clients, [...indexes.map((index) => index.definition), ...constraints.map((constraint) => `ALTER TABLE catalogue_components ADD CONSTRAINT "${constraint.name}" ${constraint.definition}`)], async (client, definition) => {
    await client.query(`SET maintenance_work_mem = '1GB'`);
    await client.query(definition);
  });
  const analyzeStarted = Date.now();
  await main.query('VACUUM ANALYZE catalogue_components');
  const seconds = (from, to) => `${((to - from) / 1000).toFixed(0)} s`;
  log(
    `  ${total.toLocaleString('en')} components in ${seconds(started, Date.now())}: rows ${seconds(started, staged)}, search vectors of the distinct texts ${seconds(staged, analysed)}, ` +
      `inserted ${seconds(analysed, indexStarted)}, indexed ${seconds(indexStarted, analyzeStarted)}, vacuumed and analysed ${seconds(analyzeStarted, Date.now())}`,
  );
}

/** Works through the items with every client at once, each taking the next item when it is free. */
async function inTurns(clients, items, work) {
  const queue = [...items];
  await Promise.all(
    clients.map(async (client) => {
      for (let item = queue.shift(); item !== undefined; item = queue.shift()) await work(client, item);
    }),
  );
}
