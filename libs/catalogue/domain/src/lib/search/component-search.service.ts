import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ComponentAudience, ComponentEntity } from '../component/component.entity';
import { ComponentSearchCache } from './component-search.cache';
import { planSearch, SearchPlan } from './component-search.plan';
import { countsStatement, rankingStatement, rowsStatement, SEARCH_SETTINGS, SearchSegment, SearchWindow, SqlStatement, textSearchStatement } from './component-search.query';
import { Counts, hitsAfter, mergeFacets, mergeHits, RankedHit, readCounts, readRanking, SegmentResult } from './component-search.results';
import type { ComponentSearchQuery, ComponentSearchResult, SearchViewer } from './component-search.types';
import { encodeSearchCursor, SearchCursor } from './search-cursor';

/**
 * How deep the ranking of a shared part is cached: the first pages of a popular search. A page
 * beyond it is ranked afresh, which costs what the first page of an uncached search costs.
 */
export const CACHED_RANKING_DEPTH = 200;

/**
 * Full-text search of the catalogue with filters, facets and keyset paging. A search reads the
 * parts of the catalogue the viewer may see (see SearchSegment): each part shared with other
 * viewers is counted and ranked once and cached, a user's own namespaces' MEMBERS components are
 * always read afresh, and the parts are added up and merged.
 */
@Injectable()
export class ComponentSearchService {
  private columns: string[] | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly cache: ComponentSearchCache,
  ) {}

  async search(query: ComponentSearchQuery, viewer: SearchViewer): Promise<ComponentSearchResult> {
    const plan = planSearch(query);
    const window: SearchWindow = { after: plan.after, limit: plan.first + 1 };
    const own = ownSegment(viewer);
    const shared = sharedSegments(viewer);
    const parts = await Promise.all([...shared.map((segment) => this.sharedPart(plan, segment, window)), ...(own ? [this.read(plan, own, window)] : [])]);
    const ranked = mergeHits(
      parts.map((part) => part.hits),
      window.limit,
    );
    const page = ranked.slice(0, plan.first);
    const rows = await this.rows(plan, own ? [...shared, own] : shared, page);
    return {
      hits: page.flatMap((hit) => {
        const component = rows.get(hit.id);
        if (!component) return [];
        return [{ component, cursor: encodeSearchCursor(cursorOf(plan, hit)), score: plan.sort === 'RELEVANCE' && plan.text?.clauses.length ? Number(hit.key) : 0 }];
      }),
      totalCount: parts.reduce((sum, part) => sum + part.total, 0),
      hasNextPage: ranked.length > plan.first,
      facets: mergeFacets(parts.map((part) => part.facets)),
    };
  }

  /**
   * Counts and the first CACHED_RANKING_DEPTH of the ranking come from the cache; the page is cut
   * from the cached ranking. Browsing caches counts and ranking apart: the counts do not depend on
   * the sort, and each is read from an index of its own. A text search reads its matches once for
   * both.
   */
  private async sharedPart(plan: SearchPlan, segment: SearchSegment, window: SearchWindow): Promise<SegmentResult> {
    const search = [segment.kind === 'audience' ? segment.audience : segment.kind, plan.text?.clauses, plan.text?.excluded, plan.filter];
    const top = { after: null, limit: CACHED_RANKING_DEPTH };
    const cached = plan.text
      ? await this.cache.get(JSON.stringify(['search', plan.sort, ...search]), () => this.read(plan, segment, top))
      : await this.browse(plan, segment, search);
    const hits = hitsAfter(cached.hits, plan.after).slice(0, window.limit);
    if (hits.length < window.limit && cached.hits.length === CACHED_RANKING_DEPTH) {
      return { ...cached, hits: await this.rank(plan, segment, window) };
    }
    return { ...cached, hits };
  }

  private async browse(plan: SearchPlan, segment: SearchSegment, search: unknown[]): Promise<SegmentResult> {
    const [counts, hits] = await Promise.all([
      this.cache.get(JSON.stringify(['counts', ...search]), () => this.count(plan, segment)),
      this.cache.get(JSON.stringify(['ranking', plan.sort, ...search]), () => this.rank(plan, segment, { after: null, limit: CACHED_RANKING_DEPTH })),
    ]);
    return { ...counts, hits };
  }

  private async read(plan: SearchPlan, segment: SearchSegment, window: SearchWindow): Promise<SegmentResult> {
    if (!plan.text) {
      const [counts, hits] = await Promise.all([this.count(plan, segment), this.rank(plan, segment, window)]);
      return { ...counts, hits };
    }
    const row = await this.one<{ facets: [string, string | null, number | null][]; hits: [string, string][] }>(textSearchStatement(plan, segment, window));
    return { ...readCounts(row.facets), hits: readRanking(row.hits, plan.sort) };
  }

  private async count(plan: SearchPlan, segment: SearchSegment): Promise<Counts> {
    const counts = await this.one<{ facets: [string, string | null, number | null][] }>(countsStatement(plan, segment));
    return readCounts(counts.facets);
  }

  private async rank(plan: SearchPlan, segment: SearchSegment, window: SearchWindow): Promise<RankedHit[]> {
    const ranking = await this.one<{ hits: [string, string][] }>(rankingStatement(plan, segment, window));
    return readRanking(ranking.hits, plan.sort);
  }

  /** In a transaction of its own, so SEARCH_SETTINGS hold for this statement only. */
  private one<T>(statement: SqlStatement): Promise<T> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(SEARCH_SETTINGS);
      const [row] = (await manager.query(statement.text, statement.values)) as T[];
      return row;
    });
  }

  /** The shown components as they are now; one the viewer may no longer see, or that no longer matches, is left out. */
  private async rows(plan: SearchPlan, segments: SearchSegment[], page: RankedHit[]): Promise<Map<string, ComponentEntity>> {
    if (page.length === 0) return new Map();
    const statement = rowsStatement(
      plan,
      segments,
      page.map((hit) => hit.id),
      this.selectedColumns(),
    );
    const rows = (await this.dataSource.query(statement.text, statement.values)) as Record<string, unknown>[];
    return new Map(rows.map((row) => [row.id as string, Object.assign(new ComponentEntity(), row)]));
  }

  /** Every column the entity reads, named as its properties, so a raw row is the entity. */
  private selectedColumns(): string[] {
    this.columns ??= this.dataSource
      .getMetadata(ComponentEntity)
      .columns.filter((column) => column.isSelect)
      .map((column) => `c.${column.databaseName} AS "${column.propertyName}"`);
    return this.columns;
  }
}

/** The parts of the catalogue a viewer may see in full, shared with every viewer of the same kind. */
function sharedSegments(viewer: SearchViewer): SearchSegment[] {
  const audiences: ComponentAudience[] = viewer.kind === 'anonymous' ? ['PUBLIC'] : viewer.kind === 'user' ? ['PUBLIC', 'INTERNAL'] : ['PUBLIC', 'INTERNAL', 'MEMBERS'];
  return audiences.map((audience) => ({ kind: 'audience', audience }));
}

function ownSegment(viewer: SearchViewer): SearchSegment | null {
  if (viewer.kind !== 'user' || viewer.namespaceIds.length === 0) return null;
  return { kind: 'members', namespaceIds: [...new Set(viewer.namespaceIds)].sort() };
}

function cursorOf(plan: SearchPlan, hit: RankedHit): SearchCursor {
  if (plan.sort === 'UPDATED') return { sort: 'UPDATED', updatedAt: String(hit.key), id: hit.id };
  if (plan.sort === 'ADOPTION') return { sort: 'ADOPTION', adoptions: Number(hit.key), id: hit.id };
  return { sort: 'RELEVANCE', score: Number(hit.key), id: hit.id };
}
