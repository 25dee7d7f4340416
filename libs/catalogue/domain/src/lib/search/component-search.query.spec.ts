import { planSearch } from './component-search.plan';
import { countsStatement, rankingStatement, rowsStatement, textSearchStatement, tsquerySource } from './component-search.query';
import type { ComponentSearchQuery } from './component-search.types';
import { encodeSearchCursor } from './search-cursor';

const ID = '6f1c2d3e-4f89-41d3-9a0c-0305e82c3301';
const plan = (query: Partial<ComponentSearchQuery>) => planSearch({ text: null, filter: {}, sort: 'RELEVANCE', first: 20, after: null, ...query });
const window = { after: null, limit: 21 };
/** The value of every `$n` the text refers to, in order of appearance. */
const referenced = (statement: { text: string; values: unknown[] }) => [...statement.text.matchAll(/\$(\d+)/g)].map((match) => statement.values[Number(match[1]) - 1]);

describe('countsStatement and rankingStatement', () => {
  it('passes everything the user typed as parameters, never as SQL text', () => {
    const hostile = `'; DROP TABLE catalogue_components; -- \\' $1 :* | & ! <-> nextcloud`;
    const statement = rankingStatement(plan({ text: hostile, filter: { categories: ["x'); DELETE FROM namespaces; --"], namespace: "a' OR '1'='1" } }), { kind: 'audience', audience: 'PUBLIC' }, window);
    expect(statement.text).not.toContain('DROP');
    expect(statement.text).not.toContain('DELETE');
    expect(statement.text).not.toContain('nextcloud');
    expect(statement.values).toEqual(expect.arrayContaining(["'drop'", "'catalogue' & 'components'", "'1'", "'nextcloud':*"]));
    expect(statement.values).toContainEqual(["x'); DELETE FROM namespaces; --"]);
    // Every placeholder refers to a value, and every value is referred to.
    expect(referenced(statement)).not.toContain(undefined);
    expect(new Set(statement.text.match(/\$\d+/g)).size).toBe(statement.values.length);
  });

  it('searches each term in German and English, falls back to the name for typos, and leaves stop-word terms out', () => {
    const statement = rankingStatement(plan({ text: 'Nextclod Datenb' }), { kind: 'audience', audience: 'PUBLIC' }, window);
    expect(statement.text).toContain(`(to_tsquery('german', $1::text) || to_tsquery('english', $1::text))`);
    expect(statement.text).toContain(
      `(numnode((to_tsquery('german', $1::text) || to_tsquery('english', $1::text))) = 0 OR lower(c.name) %> $2::text OR c.search_vector @@ (to_tsquery('german', $1::text) || to_tsquery('english', $1::text)))`,
    );
    expect(statement.values.slice(0, 4)).toEqual(["'nextclod'", 'nextclod', "'datenb':*", 'datenb']);
  });

  it('ORs alternatives within a clause and excludes terms', () => {
    const { text } = rankingStatement(plan({ text: 'keycloak OR authentik -chart' }), { kind: 'audience', audience: 'PUBLIC' }, window);
    const [keycloak, authentik] = ['$1', '$2'].map((param) => `(to_tsquery('german', ${param}::text) || to_tsquery('english', ${param}::text))`);
    const guard = `numnode(${keycloak} || ${authentik}) = 0`;
    expect(text).toContain(`(${guard} OR lower(c.name) %> $3::text OR lower(c.name) %> $4::text OR c.search_vector @@ ${keycloak} OR c.search_vector @@ ${authentik})`);
    expect(text).toContain(`NOT (c.search_vector @@ (to_tsquery('german', $5::text) || to_tsquery('english', $5::text)))`);
  });

  it('finds the matches of the text alone apart from those a similar name adds, so trigram rechecks never read search vectors', () => {
    const { text } = rankingStatement(plan({ text: 'Nextclod' }), { kind: 'audience', audience: 'PUBLIC' }, window);
    const query = `(to_tsquery('german', $1::text) || to_tsquery('english', $1::text))`;
    const exact = `(numnode(${query}) = 0 OR c.search_vector @@ ${query})`;
    expect(text).toContain(`FROM catalogue_components c WHERE c.audience = 'PUBLIC' AND c.license_status IS DISTINCT FROM 'DENIED' AND ${exact}),`);
    expect(text).toContain(
      `AND (lower(c.name) %> $2::text) AND (numnode(${query}) = 0 OR lower(c.name) %> $2::text OR c.search_vector @@ ${query}) AND c.id NOT IN (SELECT id FROM exact))`,
    );
    // Without a term that may have a typo there is one part.
    expect(rankingStatement(plan({ text: 'db' }), { kind: 'audience', audience: 'PUBLIC' }, window).text).not.toContain('exact AS');
  });

  it('shows each segment only its own audience', () => {
    for (const audience of ['PUBLIC', 'INTERNAL', 'MEMBERS'] as const) {
      expect(rankingStatement(plan({}), { kind: 'audience', audience }, window).text).toContain(`WHERE c.audience = '${audience}' AND`);
    }
    const members = rankingStatement(plan({}), { kind: 'members', namespaceIds: [ID] }, window);
    expect(members.text).toContain(`c.audience = 'MEMBERS' AND c.namespace_id = ANY($1::uuid[])`);
    expect(members.values[0]).toEqual([ID]);
  });

  it('turns each filter into one condition, with values of a list as alternatives', () => {
    const { text, values } = rankingStatement(
      plan({
        filter: {
          kinds: ['HELM_CHART', 'APPLICATION'],
          licenses: ['EUPL-1.2'],
          categories: ['it-security'],
          platforms: ['web'],
          developmentStatuses: ['stable'],
          maintenanceTypes: ['community'],
          namespaceKinds: ['STATE'],
          hardeningLevels: ['HIGH'],
          conductStatuses: ['PASSED'],
          namespace: 'Musterstadt',
        },
      }),
      { kind: 'audience', audience: 'MEMBERS' },
      window,
    );
    for (const condition of [
      'c.kind = ANY($1::text[])',
      'c.license_expression = ANY($2::text[])',
      'c.categories && $3::text[]',
      'c.platforms && $4::text[]',
      'c.development_status = ANY($5::text[])',
      'c.maintenance_type = ANY($6::text[])',
      'c.namespace_kind = ANY($7::text[])',
      'c.hardening_level = ANY($8::text[])',
      'c.conduct_status = ANY($9::text[])',
      `c.license_status IS DISTINCT FROM 'DENIED'`,
      'c.namespace_id = (SELECT n.id FROM namespaces n WHERE n.slug = $10::text)',
    ]) {
      expect(text).toContain(condition);
    }
    expect(values.slice(0, 10)).toEqual([['APPLICATION', 'HELM_CHART'], ['EUPL-1.2'], ['it-security'], ['web'], ['stable'], ['community'], ['STATE'], ['HIGH'], ['PASSED'], 'musterstadt']);
  });

  it('hides DENIED licenses unless asked to, and keeps only ALLOWED ones when asked to', () => {
    expect(rankingStatement(plan({}), { kind: 'audience', audience: 'MEMBERS' }, window).text).toContain(`c.license_status IS DISTINCT FROM 'DENIED'`);
    expect(rankingStatement(plan({ filter: { includeDenied: true } }), { kind: 'audience', audience: 'MEMBERS' }, window).text).not.toContain('DENIED');
    const allowed = rankingStatement(plan({ filter: { allowedLicensesOnly: true, includeDenied: true } }), { kind: 'audience', audience: 'MEMBERS' }, window).text;
    expect(allowed).toContain(`c.license_status = 'ALLOWED'`);
    expect(allowed).not.toContain('DENIED');
  });

  it('orders by relevance times quality, by quality alone without text, by time or by adoptions, ties by id', () => {
    const quality = 'catalogue_quality(c.license_status, c.conduct_status, c.badge_score, c.adoption_count, c.verified_adoption_count, c.hardening_level)';
    const relevance = rankingStatement(plan({ text: 'x1' }), { kind: 'audience', audience: 'MEMBERS' }, window).text;
    expect(relevance).toMatch(/SELECT \(0\.05::float8\s+\+ CASE WHEN c\.rank_vector @@ [\s\S]* THEN ts_rank_cd\('\{0, 0, 0\.4, 1\.0\}', c\.rank_vector,[\s\S]*\+ coalesce\(\(\(SELECT bonuses FROM named\) ->> c\.id::text\)::float8, 0\)\) \* catalogue_quality\(/);
    // The name's similarity only for the names the trigram index finds similar among the segment's filtered components.
    expect(relevance).toMatch(
      /^WITH named AS MATERIALIZED \([\s\S]*FROM catalogue_components c WHERE c\.audience = 'MEMBERS' AND c\.license_status IS DISTINCT FROM 'DENIED' AND lower\(c\.name\) %> \$\d+::text AND word_similarity/,
    );
    expect(rankingStatement(plan({}), { kind: 'audience', audience: 'MEMBERS' }, window).text).toContain(`SELECT ${quality} AS key`);
    expect(rankingStatement(plan({ sort: 'UPDATED' }), { kind: 'audience', audience: 'MEMBERS' }, window).text).toContain('SELECT c.updated_at AS key');
    expect(rankingStatement(plan({ sort: 'ADOPTION' }), { kind: 'audience', audience: 'MEMBERS' }, window).text).toContain('SELECT c.adoption_count AS key');
    expect(rankingStatement(plan({}), { kind: 'audience', audience: 'MEMBERS' }, window).text).toContain('ORDER BY 1 DESC, c.id DESC LIMIT $1::int');
  });

  it('continues after the cursor with a row comparison in the sort key type', () => {
    const after = encodeSearchCursor({ sort: 'UPDATED', updatedAt: '2026-03-01T09:00:00.123456Z', id: ID });
    const statement = rankingStatement(plan({ sort: 'UPDATED', after }), { kind: 'audience', audience: 'MEMBERS' }, { after: plan({ sort: 'UPDATED', after }).after, limit: 21 });
    expect(statement.text).toContain('(c.updated_at, c.id) < ($2::timestamptz, $3::uuid)');
    expect(statement.values).toEqual([21, '2026-03-01T09:00:00.123456Z', ID]);
  });

  it('reads the matches of a text search once, then counts and ranks them from memory', () => {
    const { text } = textSearchStatement(plan({ text: 'verwaltung' }), { kind: 'audience', audience: 'PUBLIC' }, window);
    expect(text).toMatch(/^WITH named AS MATERIALIZED \([\s\S]*\), exact AS MATERIALIZED \(SELECT \(0\.05::float8[\s\S]* AS key, c\.id, c\.kind, /);
    expect(text).toContain('FROM matched GROUP BY GROUPING SETS');
    expect(text).toMatch(/FROM \(SELECT key, id FROM matched m WHERE true ORDER BY key DESC, id DESC LIMIT \$5::int\) m\) AS hits$/);
    // Each part of the matches is read once (besides the similar names).
    expect(text.match(/FROM catalogue_components c WHERE c\.audience = 'PUBLIC' AND c\.license_status IS DISTINCT FROM 'DENIED' AND \(/g)).toHaveLength(2);
  });

  it('counts every facet over all matches in one pass, each value of an array column once per component, and the total', () => {
    const { text } = countsStatement(plan({ filter: { kinds: ['LIBRARY'] } }), { kind: 'audience', audience: 'MEMBERS' });
    for (const facet of ['kind', 'license', 'developmentStatus', 'maintenanceType', 'namespaceKind', 'hardeningLevel', 'conductStatus']) {
      expect(text).toContain(`THEN '${facet}'`);
    }
    expect(text).toContain(`ELSE 'total' END`);
    expect(text).toContain(
      'GROUP BY GROUPING SETS ((kind, license_expression, development_status, maintenance_type, namespace_kind, hardening_level, conduct_status), (categories), (platforms))',
    );
    expect(text).toContain('GROUP BY GROUPING SETS ((kind), (license_expression), (development_status), (maintenance_type), (namespace_kind), (hardening_level), (conduct_status), ())');
    expect(text).toContain('WHERE g.by_categories = 0 AND array_position(g.categories, u.value) = u.position');
    expect(text).toContain(`SELECT 'platform'`);
    // Counting ranks nothing.
    expect(text).not.toContain('ts_rank_cd');
  });
});

describe('rowsStatement', () => {
  it('reads the page again under the viewer visibility, the filters and the text', () => {
    const statement = rowsStatement(
      plan({ text: 'nextcloud', filter: { kinds: ['APPLICATION'] } }),
      [{ kind: 'audience', audience: 'PUBLIC' }, { kind: 'audience', audience: 'INTERNAL' }, { kind: 'members', namespaceIds: [ID] }],
      [ID],
      ['c.id AS "id"'],
    );
    expect(statement.text).toContain('SELECT c.id AS "id" FROM catalogue_components c WHERE c.id = ANY($1::uuid[])');
    expect(statement.text).toContain(`((c.audience = 'PUBLIC') OR (c.audience = 'INTERNAL') OR (c.audience = 'MEMBERS' AND c.namespace_id = ANY($2::uuid[])))`);
    expect(statement.text).toContain('c.kind = ANY($3::text[])');
    expect(statement.text).toContain('c.search_vector @@');
  });
});

describe('tsquerySource', () => {
  it('quotes each word, joins phrases by adjacency and others by AND, and marks a prefix', () => {
    expect(tsquerySource({ words: ['postgresql', 'datenbank'], phrase: false, prefix: true, fuzzy: true })).toBe("'postgresql' & 'datenbank':*");
    expect(tsquerySource({ words: ['helm', 'chart'], phrase: true, prefix: false, fuzzy: true })).toBe("'helm' <-> 'chart'");
  });
});
