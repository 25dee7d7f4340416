import type { ComponentAudience } from '../component/component.entity';
import type { SearchFilter, SearchPlan } from './component-search.plan';
import type { SearchCursor } from './search-cursor';
import type { ParsedSearchText, SearchTerm } from './search-text.parser';

/**
 * The rows one part of a search reads. Viewers share the parts they may see in full: everyone
 * the PUBLIC part, signed-in users and admins the INTERNAL part, admins all MEMBERS components;
 * a signed-in user's own part, the MEMBERS components of their namespaces, is never shared. The
 * parts do not overlap, so counts add up and rankings merge.
 */
export type SearchSegment = { kind: 'audience'; audience: ComponentAudience } | { kind: 'members'; namespaceIds: readonly string[] };

export interface SearchWindow {
  after: SearchCursor | null;
  /** How many results of the ranking to return, from `after` on. */
  limit: number;
}

export interface SqlStatement {
  text: string;
  values: unknown[];
}

/**
 * Run before the search statements, in their transaction. Testing a row's search vector reads it
 * from TOAST, which made a search of a common word ten times slower wherever it happened: a lossy
 * bitmap page (one bit per page, not per row) is rechecked row by row, so bitmaps get the memory to
 * stay exact; and a sequential scan tests every row of the table, so it is only planned where no
 * index answers (every search has one: the text indexes, the facet index for browsing). The
 * catalogue's pages are read from memory, not from a spinning disk. JIT compilation costs more
 * than these statements take. The name similarity a typo may have is fixed, as relevance depends on it.
 */
export const SEARCH_SETTINGS = `SELECT set_config('work_mem', '64MB', true), set_config('enable_seqscan', 'off', true), set_config('random_page_cost', '1.1', true),
  set_config('jit', 'off', true), set_config('pg_trgm.word_similarity_threshold', '0.6', true)`;

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

/** Rank weights for D, C (not in the rank vector), B (short description) and A (name). */
const RANK_WEIGHTS = '{0, 0, 0.4, 1.0}';
/** Relevance of a match the name and short description say nothing about. */
const RELEVANCE_FLOOR = '0.05::float8';
/** pg_trgm's default word similarity threshold (see SEARCH_SETTINGS). */
const NAME_SIMILARITY = 0.6;

/** The quality signals (see catalogue_quality in the search migration for the formula and why). */
const QUALITY = 'catalogue_quality(c.license_status, c.conduct_status, c.badge_score, c.adoption_count, c.verified_adoption_count, c.hardening_level)';

class Params {
  readonly values: unknown[] = [];
  add(value: unknown, cast: string): string {
    this.values.push(value);
    return `$${this.values.length}::${cast}`;
  }
}

/**
 * A text search of one segment in one statement, in one row: facets and hits as below. The
 * matches are read once (each costs a visit to its row, which at a million components is most of
 * a search's time), scored, then counted and ranked from memory.
 */
export function textSearchStatement(plan: SearchPlan, segment: SearchSegment, window: SearchWindow): SqlStatement {
  const params = new Params();
  const branches = matchBranches(plan, segment, params);
  const key = sortKey(plan, params, branches.common);
  const limit = params.add(window.limit, 'int');
  const after = window.after ? afterCondition(window.after, 'm.key', 'm.id', params) : 'true';
  return {
    text: `WITH ${key.with}${matchesFrom(branches, `${key.expression} AS key, c.id, ${FACETS.map((column) => `c.${column}`).join(', ')}`)},
      ${grouped('matched')}
      SELECT ${facetsFromGrouped()} AS facets,
             (SELECT ${hitsJson(plan)} FROM (SELECT key, id FROM matched m WHERE ${after} ORDER BY key DESC, id DESC LIMIT ${limit}) m) AS hits`,
    values: params.values,
  };
}

/**
 * The total and every facet's full counts over all matches of one segment, in one row: facets as
 * [facet, value, count] triples, the total as the count of the facet 'total'. For browsing: what
 * it reads, the facet index holds (an index-only scan, no visit to the rows).
 */
export function countsStatement(plan: SearchPlan, segment: SearchSegment): SqlStatement {
  const params = new Params();
  const where = conditions(plan, segment, params);
  return {
    text: `WITH ${grouped(`(SELECT ${FACETS.map((column) => `c.${column}`).join(', ')} FROM catalogue_components c WHERE ${where}) AS m`)}
      SELECT ${facetsFromGrouped()} AS facets`,
    values: params.values,
  };
}

/**
 * The ranking of one segment from the window's start, in one row: hits as [key, id] pairs in
 * order (updated_at as exact text, other keys as numbers in text, exactly as float8 prints them).
 */
export function rankingStatement(plan: SearchPlan, segment: SearchSegment, window: SearchWindow): SqlStatement {
  const params = new Params();
  const branches = matchBranches(plan, segment, params);
  const key = sortKey(plan, params, branches.common);
  const limit = params.add(window.limit, 'int');
  const ranked = (source: string) => `SELECT ${hitsJson(plan)} AS hits FROM (${source} LIMIT ${limit}) m`;
  if (!plan.text) {
    const after = window.after ? ` AND ${afterCondition(window.after, key.expression, 'c.id', params)}` : '';
    return { text: ranked(`SELECT ${key.expression} AS key, c.id FROM catalogue_components c WHERE ${branches.exact}${after} ORDER BY 1 DESC, c.id DESC`), values: params.values };
  }
  // With text, the matches are found first and then sorted: walking the whole updated_at index
  // backwards, testing every row's search vector until a rare word turned up 200 times, took
  // seconds where the sort takes milliseconds.
  const after = window.after ? afterCondition(window.after, 'm.key', 'm.id', params) : 'true';
  return {
    text: `WITH ${key.with}${matchesFrom(branches, `${key.expression} AS key, c.id`)} ${ranked(`SELECT key, id FROM matched m WHERE ${after} ORDER BY key DESC, id DESC`)}`,
    values: params.values,
  };
}

const FACETS = [...Object.values(FACET_COLUMNS), ...Object.values(FACET_ARRAY_COLUMNS)];

function hitsJson(plan: SearchPlan): string {
  const keyText = plan.sort === 'UPDATED' ? `to_char(m.key AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')` : 'm.key::text';
  return `coalesce(json_agg(json_build_array(${keyText}, m.id) ORDER BY m.key DESC, m.id DESC), '[]'::json)`;
}

/**
 * Aggregating per match is what counting costs (a browse of a million components spent seconds
 * in it), so the matches are first grouped by every single-valued facet at once and by each array
 * as a whole: one pass of hash lookups into tables of a few thousand groups. The facets are then
 * summed from those groups.
 */
function grouped(source: string): string {
  const columns = Object.values(FACET_COLUMNS);
  const arrays = Object.values(FACET_ARRAY_COLUMNS);
  return `grouped AS MATERIALIZED (
      SELECT ${FACETS.join(', ')}, GROUPING(${columns[0]}) AS by_facets, ${arrays.map((column) => `GROUPING(${column}) AS by_${column}`).join(', ')}, count(*) AS n
        FROM ${source} GROUP BY GROUPING SETS ((${columns.join(', ')}), ${arrays.map((column) => `(${column})`).join(', ')}))`;
}

/** [facet, value, count] triples from `grouped`, the total as facet 'total'. */
function facetsFromGrouped(): string {
  const columns = Object.values(FACET_COLUMNS);
  const facet = Object.entries(FACET_COLUMNS).map(([name, column]) => `WHEN GROUPING(${column}) = 0 THEN '${name}'`);
  const value = columns.map((column) => `WHEN GROUPING(${column}) = 0 THEN ${column}::text`);
  const single = `SELECT CASE ${facet.join(' ')} ELSE 'total' END AS facet, CASE ${value.join(' ')} END AS value, sum(n) AS n
      FROM grouped WHERE by_facets = 0 GROUP BY GROUPING SETS (${columns.map((column) => `(${column})`).join(', ')}, ())`;
  // A value listed twice in one component's array still counts that component once.
  const arrays = Object.entries(FACET_ARRAY_COLUMNS).map(
    ([name, column]) =>
      `SELECT '${name}', u.value, sum(g.n) FROM grouped g, unnest(g.${column}) WITH ORDINALITY AS u(value, position)
        WHERE g.by_${column} = 0 AND array_position(g.${column}, u.value) = u.position GROUP BY u.value`,
  );
  return `(SELECT coalesce(json_agg(json_build_array(f.facet, f.value, f.n)), '[]'::json) FROM (${[single, ...arrays].join(' UNION ALL ')}) f)`;
}

function conditions(plan: SearchPlan, segment: SearchSegment, params: Params): string {
  return [...segmentConditions(segment, params), ...filterConditions(plan.filter, params), ...textConditions(plan.text, params).full].join(' AND ');
}

/**
 * The matches in two parts. A trigram index match must be rechecked, and PostgreSQL rechecks
 * every match on the same page with it, reading each one's search vector from TOAST: a
 * typo-tolerant word sharing pages with thousands of text matches made a search ten times
 * slower. So `exact` finds the matches of the text alone (exact bitmaps, never rechecked), and
 * `similar`, when a term may have a typo, the few more a similar name adds (null otherwise).
 */
interface MatchBranches {
  /** The segment's and the filters' conditions, which every match meets. */
  common: string;
  exact: string;
  similar: string | null;
}

function matchBranches(plan: SearchPlan, segment: SearchSegment, params: Params): MatchBranches {
  const common = [...segmentConditions(segment, params), ...filterConditions(plan.filter, params)];
  const text = textConditions(plan.text, params);
  const all = common.join(' AND ');
  if (!text.similar) return { common: all, exact: [...common, ...text.full].join(' AND '), similar: null };
  return { common: all, exact: [...common, ...text.exact, ...text.excluded].join(' AND '), similar: [...common, `(${text.similar})`, ...text.full].join(' AND ') };
}

/** `matched` (and the parts it is made of) with `columns` of every match. */
function matchesFrom(branches: MatchBranches, columns: string): string {
  if (!branches.similar) return `matched AS MATERIALIZED (SELECT ${columns} FROM catalogue_components c WHERE ${branches.exact})`;
  // Those the text matches were found already; a hashed list of their ids is cheaper than
  // testing the candidates' search vectors again.
  return `exact AS MATERIALIZED (SELECT ${columns} FROM catalogue_components c WHERE ${branches.exact}),
    matched AS MATERIALIZED (SELECT * FROM exact UNION ALL
      SELECT ${columns} FROM catalogue_components c WHERE ${branches.similar} AND c.id NOT IN (SELECT id FROM exact))`;
}

/**
 * The shown results, read afresh: whatever changed since a cached ranking was made, a component
 * is only returned if the viewer may see it now and it still matches the search.
 */
export function rowsStatement(plan: SearchPlan, segments: readonly SearchSegment[], ids: readonly string[], columns: readonly string[]): SqlStatement {
  const params = new Params();
  const byId = `c.id = ANY(${params.add(ids, 'uuid[]')})`;
  const visible = segments.map((segment) => `(${segmentConditions(segment, params).join(' AND ')})`).join(' OR ');
  const where = [byId, `(${visible || 'false'})`, ...filterConditions(plan.filter, params), ...textConditions(plan.text, params, false).full];
  return { text: `SELECT ${columns.join(', ')} FROM catalogue_components c WHERE ${where.join(' AND ')}`, values: params.values };
}

function segmentConditions(segment: SearchSegment, params: Params): string[] {
  if (segment.kind === 'audience') return [`c.audience = '${segment.audience}'`];
  return [`c.audience = 'MEMBERS'`, `c.namespace_id = ANY(${params.add(segment.namespaceIds, 'uuid[]')})`];
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
 * words only (an empty tsquery in both languages) asks for nothing and is left out. `full` is the
 * whole condition; `exact` the clauses matched by the text alone, `similar` any name similarity
 * (null when no term may have a typo), `excluded` the terms that must not match.
 */
function textConditions(text: ParsedSearchText | null, params: Params, indexed = true): { full: string[]; exact: string[]; similar: string | null; excluded: string[] } {
  if (!text) return { full: [], exact: [], similar: null, excluded: [] };
  const similar: string[] = [];
  const full: string[] = [];
  const exact: string[] = [];
  for (const alternatives of text.clauses) {
    const queries = alternatives.map((term) => termQuery(term, params));
    const guard = `numnode(${queries.join(' || ')}) = 0`;
    const names = alternatives.flatMap((term) => {
      if (!term.fuzzy) return [];
      // Written as the trigram index's operator (name first); rows read by id test the
      // similarity itself, independent of the session's threshold.
      const words = params.add(term.words.join(' '), 'text');
      return [indexed ? `lower(c.name) %> ${words}` : `word_similarity(${words}, lower(c.name)) >= ${NAME_SIMILARITY}`];
    });
    const vectors = queries.map((query) => `c.search_vector @@ ${query}`);
    similar.push(...names);
    full.push(`(${[guard, ...names, ...vectors].join(' OR ')})`);
    exact.push(`(${[guard, ...vectors].join(' OR ')})`);
  }
  const excluded = text.excluded.map((term) => `NOT (c.search_vector @@ ${termQuery(term, params)})`);
  return { full: [...full, ...excluded], exact, similar: similar.length > 0 ? similar.join(' OR ') : null, excluded };
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

/** The sort key, and the common table expression it needs, if any. */
interface SortKey {
  expression: string;
  with: string;
}

/** `common`: the conditions every match meets, which also narrow what relevance reads besides the matches. */
function sortKey(plan: SearchPlan, params: Params, common: string): SortKey {
  const column = (expression: string): SortKey => ({ expression, with: '' });
  if (plan.sort === 'UPDATED') return column('c.updated_at');
  if (plan.sort === 'ADOPTION') return column('c.adoption_count');
  if (!plan.text || plan.text.clauses.length === 0) return column(QUALITY);
  return relevance(plan.text, params, common);
}

/**
 * Relevance times quality. Relevance comes from the name and the short descriptions (the rank
 * vector, weights A and B of the search vector); features, categories and the long description
 * decide whether a component matches, not how well, and give it only the floor, so that scoring a
 * match reads nothing but its row (the search vector would come from TOAST).
 *   floor 0.05
 *   + ts_rank_cd over the rank vector (A name 1.0, B short description 0.4; normalisation 32 keeps it below 1)
 *   + half the word similarity of the text to the name when it reaches pg_trgm's 0.6 (a misspelt name still ranks)
 *   + 0.5 when the name is the text (equal trigram sets: "nextcloud hardened" is "Nextcloud (hardened)").
 * Scoring is most of what a broad search costs, so each part is computed only where it can be
 * more than 0: the rank where the rank vector matches; the name's bonus once for the names the
 * trigram index finds similar among the segment's filtered components (`named`, looked up by id;
 * a join made the planner hash all matches).
 */
function relevance(text: ParsedSearchText, params: Params, common: string): SortKey {
  const any = text.clauses
    .flat()
    .map((term) => termQuery(term, params))
    .join(' || ');
  const normalized = params.add(text.normalized, 'text');
  const similarity = `word_similarity(${normalized}, lower(c.name))::float8`;
  return {
    expression: `(${RELEVANCE_FLOOR}
      + CASE WHEN c.rank_vector @@ (${any}) THEN ts_rank_cd('${RANK_WEIGHTS}', c.rank_vector, ${any}, 32)::float8 ELSE 0 END
      + coalesce(((SELECT bonuses FROM named) ->> c.id::text)::float8, 0)) * ${QUALITY}`,
    with: `named AS MATERIALIZED (
        SELECT jsonb_object_agg(c.id, 0.5 * ${similarity} + CASE WHEN similarity(${normalized}, lower(c.name)) = 1 THEN 0.5 ELSE 0 END) AS bonuses
          FROM catalogue_components c WHERE ${common} AND lower(c.name) %> ${normalized} AND ${similarity} >= ${NAME_SIMILARITY}), `,
  };
}

function afterCondition(after: SearchCursor, key: string, id: string, params: Params): string {
  const position =
    after.sort === 'UPDATED' ? params.add(after.updatedAt, 'timestamptz') : after.sort === 'ADOPTION' ? params.add(after.adoptions, 'int') : params.add(after.score, 'float8');
  return `(${key}, ${id}) < (${position}, ${params.add(after.id, 'uuid')})`;
}
