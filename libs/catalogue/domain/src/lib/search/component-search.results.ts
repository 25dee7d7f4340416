import type { ComponentFacets, ComponentSort, FacetCount } from './component-search.types';
import { FACET_ARRAY_COLUMNS, FACET_COLUMNS } from './component-search.query';
import type { SearchCursor } from './search-cursor';

export const FACET_VALUES_SHOWN = 20;

/** One result's place in a ranking: its sort key (a number, or updated_at as exact text) and id. */
export interface RankedHit {
  key: number | string;
  id: string;
}

export type FacetName = keyof ComponentFacets;
/** Every value's count, before the top values are picked: parts of a search add up value by value. */
export type FacetTally = Map<FacetName, Map<string | null, number>>;

export interface SegmentResult extends Counts {
  /** The ranking from the window's start, in order. */
  hits: RankedHit[];
}

export interface Counts {
  total: number;
  facets: FacetTally;
}

const FACET_NAMES = [...Object.keys(FACET_COLUMNS), ...Object.keys(FACET_ARRAY_COLUMNS)] as FacetName[];

/** [facet, value, count] triples, the total among them as facet 'total'. */
export function readCounts(triples: [string, string | null, string | number | null][]): Counts {
  const facets: FacetTally = new Map(FACET_NAMES.map((name) => [name, new Map()]));
  let total = 0;
  for (const [facet, value, count] of triples) {
    // Without matches, the grand total sums nothing: null.
    if (facet === 'total') total = Number(count ?? 0);
    else facets.get(facet as FacetName)?.set(value, Number(count));
  }
  return { total, facets };
}

/** [key, id] pairs; keys other than updated_at are numbers printed exactly. */
export function readRanking(pairs: [string, string][], sort: ComponentSort): RankedHit[] {
  return pairs.map(([key, id]) => ({ key: sort === 'UPDATED' ? key : Number(key), id }));
}

/** Descending by key, then by id, as the SQL orders: (key, id) DESC. */
export function compareHits(a: RankedHit, b: RankedHit): number {
  if (a.key !== b.key) return a.key > b.key ? -1 : 1;
  return a.id === b.id ? 0 : a.id > b.id ? -1 : 1;
}

export function cursorKey(cursor: SearchCursor): RankedHit {
  const key = cursor.sort === 'UPDATED' ? cursor.updatedAt : cursor.sort === 'ADOPTION' ? cursor.adoptions : cursor.score;
  return { key, id: cursor.id };
}

/** The hits that come after the cursor's position. */
export function hitsAfter(hits: readonly RankedHit[], after: SearchCursor | null): RankedHit[] {
  if (!after) return [...hits];
  const position = cursorKey(after);
  return hits.filter((hit) => compareHits(hit, position) > 0);
}

/** The first `limit` hits of several rankings of disjoint parts, in one order. */
export function mergeHits(rankings: readonly RankedHit[][], limit: number): RankedHit[] {
  return rankings.flat().sort(compareHits).slice(0, limit);
}

export function mergeFacets(tallies: readonly FacetTally[]): ComponentFacets {
  const facets = {} as ComponentFacets;
  for (const name of FACET_NAMES) {
    const counts = new Map<string | null, number>();
    for (const tally of tallies) {
      for (const [value, count] of tally.get(name) ?? []) counts.set(value, (counts.get(value) ?? 0) + count);
    }
    facets[name] = [...counts].map(([value, count]): FacetCount => ({ value, count })).sort(byCountThenValue).slice(0, FACET_VALUES_SHOWN);
  }
  return facets;
}

// Components without a value (null) come after every named value with the same count.
function byCountThenValue(a: FacetCount, b: FacetCount): number {
  if (a.count !== b.count) return b.count - a.count;
  if (a.value === b.value) return 0;
  if (a.value === null) return 1;
  if (b.value === null) return -1;
  return a.value < b.value ? -1 : 1;
}
