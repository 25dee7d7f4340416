import { compareHits, FacetTally, hitsAfter, mergeFacets, mergeHits, readCounts, readRanking } from './component-search.results';

const ID = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

describe('search results', () => {
  it('orders hits by key, then by id, both descending, as the SQL does', () => {
    const hits = [
      { key: 1, id: ID(1) },
      { key: 2, id: ID(1) },
      { key: 1, id: ID(2) },
    ];
    expect([...hits].sort(compareHits)).toEqual([hits[1], hits[2], hits[0]]);
    expect(compareHits({ key: '2026-01-01T10:00:00.000002Z', id: ID(1) }, { key: '2026-01-01T10:00:00.000001Z', id: ID(2) })).toBeLessThan(0);
  });

  it('continues after a cursor and merges the rankings of disjoint parts', () => {
    const shared = [9, 7, 5, 3].map((key) => ({ key, id: ID(key) }));
    const own = [8, 4].map((key) => ({ key, id: ID(key) }));
    expect(hitsAfter(shared, { sort: 'RELEVANCE', score: 7, id: ID(7) }).map((hit) => hit.key)).toEqual([5, 3]);
    expect(mergeHits([shared, own], 4).map((hit) => hit.key)).toEqual([9, 8, 7, 5]);
  });

  it('reads counts, a missing total (no matches) as 0, and keys as numbers except times', () => {
    expect(readCounts([['total', null, null]]).total).toBe(0);
    const counts = readCounts([
      ['total', null, '3'],
      ['kind', 'LIBRARY', 2],
      ['license', null, 1],
    ]);
    expect(counts.total).toBe(3);
    expect(counts.facets.get('license')).toEqual(new Map([[null, 1]]));
    expect(readRanking([['0.5', ID(1)]], 'RELEVANCE')).toEqual([{ key: 0.5, id: ID(1) }]);
    expect(readRanking([['2026-01-01T10:00:00.000001Z', ID(1)]], 'UPDATED')).toEqual([{ key: '2026-01-01T10:00:00.000001Z', id: ID(1) }]);
  });

  it('adds the facets of the parts up and keeps the 20 most frequent values, ties by value, null last', () => {
    const tally = (entries: [string | null, number][]): FacetTally => new Map([['category', new Map(entries)]]);
    const many = Array.from({ length: 25 }, (_, i): [string, number] => [`c${String(i).padStart(2, '0')}`, 1]);
    const facets = mergeFacets([tally([[null, 5], ['b', 2], ['a', 2], ...many]), tally([['b', 3], [null, 0]])]);
    expect(facets.category.slice(0, 4)).toEqual([
      { value: 'b', count: 5 },
      { value: null, count: 5 },
      { value: 'a', count: 2 },
      { value: 'c00', count: 1 },
    ]);
    expect(facets.category).toHaveLength(20);
    expect(facets.kind).toEqual([]);
  });
});
