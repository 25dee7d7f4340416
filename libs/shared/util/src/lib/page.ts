/** Keyset pagination shared by every listing: stable under inserts, no OFFSET scans. */
export interface PageRequest {
  first: number;
  after?: string;
}

export interface PageCursor {
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
      !Number.isNaN(Date.parse(parsed[0])) &&
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
