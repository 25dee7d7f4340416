/** Keyset pagination shared by every listing: stable under inserts, no OFFSET scans. */
export interface PageRequest {
  first: number;
  after?: string;
}

export interface PageCursor {
  /**
   * created_at exactly as PostgreSQL stores it, in UTC with microseconds. A JavaScript Date
   * keeps milliseconds only, and rows written by one statement share now(): a cursor cut to
   * milliseconds lands between rows and the next page skips or repeats them.
   */
  createdAt: string;
  id: string;
}

export interface Page<T> {
  items: { node: T; cursor: string }[];
  hasNextPage: boolean;
  endCursor: string | null;
  totalCount: () => Promise<number>;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids from outside are checked before they reach SQL, where a non-uuid would be an error. */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

// Six fractional digits is what keysetPage writes. Three is what it wrote before microseconds
// were kept: accepting them lets a listing paged across a deploy carry on instead of failing.
const CURSOR_TIME = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3})(?:\d{3})?Z$/;

/** Only timestamps PostgreSQL will accept, so a forged cursor is refused here, not by SQL. */
function isCursorTime(value: string): boolean {
  const match = CURSOR_TIME.exec(value);
  if (!match) return false;
  const millis = Date.parse(`${match[1]}Z`);
  if (Number.isNaN(millis)) return false;
  const date = new Date(millis);
  // Date.parse rolls 30 February over into March and knows a year 0; PostgreSQL refuses
  // both. Requiring the canonical form also refuses hour 24, which no cursor ever had.
  return date.toISOString() === `${match[1]}Z` && date.getUTCFullYear() >= 1;
}

export function encodeCursor(cursor: PageCursor): string {
  return Buffer.from(JSON.stringify([cursor.createdAt, cursor.id])).toString('base64url');
}

/** Returns undefined for anything that is not a cursor this module produced. */
export function decodeCursor(raw: string): PageCursor | undefined {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
    if (
      Array.isArray(parsed) &&
      parsed.length === 2 &&
      typeof parsed[0] === 'string' &&
      isCursorTime(parsed[0]) &&
      typeof parsed[1] === 'string' &&
      isUuid(parsed[1])
    ) {
      return { createdAt: parsed[0], id: parsed[1] };
    }
  } catch {
    // fall through: malformed base64 or JSON is just an invalid cursor
  }
  return undefined;
}
