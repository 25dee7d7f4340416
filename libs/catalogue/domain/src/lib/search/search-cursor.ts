import { isUuid } from '@allmende/util';
import { CatalogueError } from '../catalogue.error';
import type { ComponentSort } from './component-search.types';

/**
 * Where a page ended, as the sort orders: the last result's sort key and id. Every sort pages by
 * keyset (key, id) descending, relevance included: the score is recomputed identically for each
 * page, so a page continues exactly after the previous one at any depth, without OFFSET.
 */
export type SearchCursor =
  | { sort: 'RELEVANCE'; score: number; id: string }
  | { sort: 'UPDATED'; updatedAt: string; id: string }
  | { sort: 'ADOPTION'; adoptions: number; id: string };

const VERSION = 1;
// updated_at as PostgreSQL keeps it (microseconds, UTC), so no row between two pages is lost.
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

export function encodeSearchCursor(cursor: SearchCursor): string {
  const key = cursor.sort === 'RELEVANCE' ? cursor.score : cursor.sort === 'UPDATED' ? cursor.updatedAt : cursor.adoptions;
  return Buffer.from(JSON.stringify([VERSION, cursor.sort, key, cursor.id])).toString('base64url');
}

/** Refuses anything this module did not write for the same sort, before it reaches SQL. */
export function decodeSearchCursor(raw: string, sort: ComponentSort): SearchCursor {
  const cursor = parse(raw, sort);
  if (!cursor) throw CatalogueError.invalid('after is not a cursor of this search', { after: raw.slice(0, 100) });
  return cursor;
}

function parse(raw: string, sort: ComponentSort): SearchCursor | undefined {
  if (raw.length > 200 || !/^[A-Za-z0-9_-]+$/.test(raw)) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
  if (!Array.isArray(parsed) || parsed.length !== 4 || parsed[0] !== VERSION || parsed[1] !== sort) return undefined;
  const [, , key, rawId] = parsed as [number, ComponentSort, unknown, unknown];
  if (typeof rawId !== 'string' || !isUuid(rawId)) return undefined;
  // PostgreSQL writes ids in lower case, and rankings are merged comparing them as text.
  const id = rawId.toLowerCase();
  if (sort === 'UPDATED') return typeof key === 'string' && isTimestamp(key) ? { sort, updatedAt: key, id } : undefined;
  if (typeof key !== 'number' || !Number.isFinite(key)) return undefined;
  if (sort === 'ADOPTION') return Number.isSafeInteger(key) && key >= 0 && key <= 2_147_483_647 ? { sort, adoptions: key, id } : undefined;
  return { sort, score: key, id };
}

function isTimestamp(value: string): boolean {
  if (!TIMESTAMP.test(value)) return false;
  const millis = Date.parse(value);
  // Date.parse rolls 30 February over into March; PostgreSQL would refuse it.
  return !Number.isNaN(millis) && new Date(millis).toISOString().slice(0, 23) === value.slice(0, 23);
}
