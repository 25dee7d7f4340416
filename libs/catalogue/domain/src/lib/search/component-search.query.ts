import type { SearchFilter, SearchPlan } from './component-search.plan';
import type { SearchCursor } from './search-cursor';
import type { ParsedSearchText, SearchTerm } from './search-text.parser';

/**
 * The rows one part of a search reads. Viewers share the parts they may see in full: anonymous
 * callers the PUBLIC part, signed-in users the PUBLIC and INTERNAL part plus, never shared, the
 * MEMBERS components of their own namespaces; admins all of it. The parts do not overlap, so
 * counts add up and rankings merge.
 */
export type SearchSegment =
  | { kind: 'public' }
  | { kind: 'signed-in' }
  | { kind: 'all' }
  | { kind: 'members'; namespaceIds: readonly string[] };

export interface SearchWindow {
  after: SearchCursor | null;
  /** How many results of the ranking to return, from `after` on. */
  limit: number;
  /** Also count the total and the facets (over every match, not only the window). */
  counts: boolean;
}

export interface SqlStatement {
  text: string;
  values: unknown[];
}

/** One facet's database column, or array column for the facets a component has several values of. */
export const FACET_COLUMNS = {
  kind: 'kind',
  license: 'license_expression',
  developmentStatus: 'development_status',
  maintenanceType: 'maintenance_type',
  namespaceKind: 'namespace_kind',
  hardeningLevel: 'hardening_level',
  conductStatus: 'conduct_status',
} as const;
export const FACET_ARRAY_COLUMNS = { category: 'categories', platform: 'platforms' } as const;

/** Rank weights for D (long description), C (features, categories, platforms), B (short description), A (name). */
const RANK_WEIGHTS = '{0.1, 0.2, 0.4, 1.0}';

/**
 * The quality signals RELEVANCE multiplies text relevance with, and orders by when there is no
 * text. A multiplier, not a summand: it reorders results of similar relevance (a maintained,
 * adopted, license-clean component before an abandoned one) but cannot lift a weak match over a
 * strong one by more than about a factor of two. Each signal is capped or logarithmic so that no
 * single one dominates: the hundredth adoption counts far less than the first, and an adoption a
 * namespace confirmed counts more than one a publiccode.yml merely claims.
 *   license ALLOWED +0.2 (anyone may reuse it), conduct PASSED +0.1, badges +0.03 per level (max 9),
 *   ln(1 + verified adoptions) * 0.1, ln(1 + other adoptions) * 0.03, hardening HIGH +0.1 / MEDIUM +0.05.
 */
const QUALITY = `(1.0::float8
  + CASE c.license_status WHEN 'ALLOWED' THEN 0.2 ELSE 0 END
  + CASE c.conduct_status WHEN 'PASSED' THEN 0.1 ELSE 0 END
  + 0.03 * least(c.badge_score, 9)
  + 0.1 * ln(1 + c.verified_adoption_count::float8)
  + 0.03 * ln(1 + greatest(c.adoption_count - c.verified_adoption_count, 0)::float8)
  + CASE c.hardening_level WHEN 'HIGH' THEN 0.1 WHEN 'MEDIUM' THEN 0.05 ELSE 0 END)`;

const UPDATED_TEXT = `to_char(m.key AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

class Params {
  readonly values: unknown[] = [];
  add(value: unknown, cast: string): string {
    this.values.push(value);
    return `$${this.values.length}::${cast}`;
  }
}

/**
 * One segment of a search in one statement: the window of the ranking and, when asked, the total
 * and every facet's full counts over all matches. Returns one row: total, hits as [key, id]
 * pairs in ranking order, facets as [facet, value, count] triples.
 */
export function segmentStatement(plan: SearchPlan, segment: SearchSegment, window: SearchWindow): SqlStatement {
  const params = new Params();
  const where = [...segmentConditions(segment, params), ...filterConditions(plan.filter, params), ...textConditions(plan.text, params)];
  const key = sortKey(plan, params);
  const keyText = plan.sort === 'UPDATED' ? UPDATED_TEXT : 'm.key::text';
  const limit = params.add(window.limit, 'int');
  const after = window.after ? afterCondition(window.after, 'm.key', 'm.id', params) : 'true';
  const hits = (source: string) =>
    `(SELECT coalesce(json_agg(json_build_array(${keyText}, m.id) ORDER BY m.key DESC, m.id DESC), '[]'::json)
        FROM (SELECT key, id FROM ${source} m WHERE ${after} ORDER BY key DESC, id DESC LIMIT ${limit}) m)`;
  if (!window.counts) {
    return {
      text: `SELECT NULL::int AS total, ${hits(`(SELECT ${key} AS key, c.id FROM catalogue_components c WHERE ${where.join(' AND ')})`)} AS hits, NULL::json AS facets`,
      values: params.values,
    };
  }
  const facetColumns = [...Object.values(FACET_COLUMNS), ...Object.values(FACET_ARRAY_COLUMNS)].map((column) => `c.${column}`);
  const scalarFacets = Object.entries(FACET_COLUMNS).map(
    ([facet, column]) => `SELECT '${facet}' AS facet, ${column}::text AS value, count(*) AS n FROM matched GROUP BY ${column}`,
  );
  // A value listed twice in one component's array still counts that component once.
  const arrayFacets = Object.entries(FACET_ARRAY_COLUMNS).map(
    ([facet, column]) =>
      `SELECT '${facet}', u.value, count(*) FROM matched, unnest(matched.${column}) WITH ORDINALITY AS u(value, position)
        WHERE array_position(matched.${column}, u.value) = u.position GROUP BY u.value`,
  );
  return {
    text: `WITH matched AS MATERIALIZED (
        SELECT ${key} AS key, c.id, ${facetColumns.join(', ')} FROM catalogue_components c WHERE ${where.join(' AND ')})
      SELECT (SELECT count(*) FROM matched)::int AS total, ${hits('matched')} AS hits,
             (SELECT coalesce(json_agg(json_build_array(f.facet, f.value, f.n)), '[]'::json) FROM (${[...scalarFacets, ...arrayFacets].join(' UNION ALL ')}) f) AS facets`,
    values: params.values,
  };
}

/**
 * The shown results, read afresh: whatever changed since a cached ranking was made, a component
 * is only returned if the viewer may see it now and it still matches the search.
 */
export function rowsStatement(plan: SearchPlan, segments: readonly SearchSegment[], ids: readonly string[], columns: readonly string[]): SqlStatement {
  const params = new Params();
  const byId = `c.id = ANY(${params.add(ids, 'uuid[]')})`;
  const visible = segments.map((segment) => `(${segmentConditions(segment, params).join(' AND ') || 'true'})`).join(' OR ');
  const where = [byId, `(${visible || 'false'})`, ...filterConditions(plan.filter, params), ...textConditions(plan.text, params)];
  return { text: `SELECT ${columns.join(', ')} FROM catalogue_components c WHERE ${where.join(' AND ')}`, values: params.values };
}

function segmentConditions(segment: SearchSegment, params: Params): string[] {
  switch (segment.kind) {
    case 'public':
      return [`c.audience = 'PUBLIC'`];
    case 'signed-in':
      return [`c.audience IN ('PUBLIC', 'INTERNAL')`];
    case 'all':
      return [];
    case 'members':
      return [`c.audience = 'MEMBERS'`, `c.namespace_id = ANY(${params.add(segment.namespaceIds, 'uuid[]')})`];
  }
}

function filterConditions(filter: SearchFilter, params: Params): string[] {
  const conditions: string[] = [];
  const anyOf = (column: string, values: string[] | undefined) => {
    if (values) conditions.push(`c.${column} = ANY(${params.add(values, 'text[]')})`);
  };
  const overlaps = (column: string, values: string[] | undefined) => {
    if (values) conditions.push(`c.${column} && ${params.add(values, 'text[]')}`);
  };
  anyOf('kind', filter.kinds);
  anyOf('license_expression', filter.licenses);
  overlaps('categories', filter.categories);
  overlaps('platforms', filter.platforms);
  anyOf('development_status', filter.developmentStatuses);
  anyOf('maintenance_type', filter.maintenanceTypes);
  anyOf('namespace_kind', filter.namespaceKinds);
  anyOf('hardening_level', filter.hardeningLevels);
  anyOf('conduct_status', filter.conductStatuses);
  if (filter.allowedLicensesOnly) conditions.push(`c.license_status = 'ALLOWED'`);
  else if (!filter.includeDenied) conditions.push(`c.license_status IS DISTINCT FROM 'DENIED'`);
  if (filter.namespace !== undefined) {
    conditions.push(`c.namespace_id = (SELECT n.id FROM namespaces n WHERE n.slug = ${params.add(filter.namespace, 'text')})`);
  }
  return conditions;
}

/**
 * Every clause must match; an alternative matches through the full text of either language or,
 * for a term with a typo, through a name that contains something close to it. A clause of stop
 * words only (an empty tsquery in both languages) asks for nothing and is left out.
 */
function textConditions(text: ParsedSearchText | null, params: Params): string[] {
  if (!text) return [];
  const clauses = text.clauses.map((alternatives) => {
    const queries = alternatives.map((term) => termQuery(term, params));
    const matches = alternatives.map((term, index) => {
      // Written as the trigram index's operator (name first), and tested first: a row the name
      // matches is not rechecked against its search vector, which would have to be read from TOAST.
      const fuzzy = term.fuzzy ? `lower(c.name) %> ${params.add(term.words.join(' '), 'text')} OR ` : '';
      return `${fuzzy}c.search_vector @@ ${queries[index]}`;
    });
    return `(numnode(${queries.join(' || ')}) = 0 OR ${matches.join(' OR ')})`;
  });
  const excluded = text.excluded.map((term) => `NOT (c.search_vector @@ ${termQuery(term, params)})`);
  return [...clauses, ...excluded];
}

/** German and English readings of one term: each language stems (and drops stop words) its own way. */
function termQuery(term: SearchTerm, params: Params): string {
  const source = params.add(tsquerySource(term), 'text');
  return `(to_tsquery('german', ${source}) || to_tsquery('english', ${source}))`;
}

/** Each word quoted: letters, marks and digits cannot close the quote or form an operator. */
export function tsquerySource(term: SearchTerm): string {
  const words = term.words.map((word, index) => `'${word}'${term.prefix && index === term.words.length - 1 ? ':*' : ''}`);
  return words.join(term.phrase ? ' <-> ' : ' & ');
}

function sortKey(plan: SearchPlan, params: Params): string {
  if (plan.sort === 'UPDATED') return 'c.updated_at';
  if (plan.sort === 'ADOPTION') return 'c.adoption_count';
  if (!plan.text || plan.text.clauses.length === 0) return QUALITY;
  return `(${relevance(plan.text, params)}) * ${QUALITY}`;
}

/**
 * Text relevance: ts_rank_cd over every matching term (weights A name .. D long description;
 * normalisation 32 keeps it below 1 whatever the length), plus half the word similarity of the
 * text to the name (a misspelt name still ranks, and a name containing the text ranks above a
 * description mentioning it), plus 0.5 when the name is the text (trigram sets equal: "nextcloud
 * hardened" is "Nextcloud (hardened)").
 */
function relevance(text: ParsedSearchText, params: Params): string {
  const any = text.clauses.flat().map((term) => termQuery(term, params));
  const normalized = params.add(text.normalized, 'text');
  return `ts_rank_cd('${RANK_WEIGHTS}', c.search_vector, ${any.join(' || ')}, 32)::float8
    + 0.5 * word_similarity(${normalized}, lower(c.name))
    + CASE WHEN similarity(${normalized}, lower(c.name)) = 1 THEN 0.5 ELSE 0 END`;
}

function afterCondition(after: SearchCursor, key: string, id: string, params: Params): string {
  const position =
    after.sort === 'UPDATED' ? params.add(after.updatedAt, 'timestamptz') : after.sort === 'ADOPTION' ? params.add(after.adoptions, 'int') : params.add(after.score, 'float8');
  return `(${key}, ${id}) < (${position}, ${params.add(after.id, 'uuid')})`;
}
