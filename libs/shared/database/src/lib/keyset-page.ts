import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { DEFAULT_PAGE_SIZE, decodeCursor, encodeCursor, MAX_PAGE_SIZE, Page, PageRequest } from '@allmende/util';

export class InvalidPageError extends Error {
  override name = 'InvalidPageError';
}

// Raw columns keysetPage adds to the caller's query; prefixed so they cannot meet the caller's.
const EXACT_CREATED_AT = 'keyset_exact_created_at';
const ROW_ID = 'keyset_row_id';

/**
 * Pages a query newest-first by (created_at, id). The caller's query builder must select
 * `alias` with `createdAt` and `id` properties; filters stay the caller's concern. Joins must
 * be to-one: the page is cut with LIMIT, which keeps listing and joins in one statement.
 *
 * The cursor carries the row's created_at to the microsecond, read as text from PostgreSQL,
 * not the entity's Date, which keeps milliseconds only. Carrying the position rather than
 * looking the cursor row up again keeps the next page right when that row has been deleted.
 */
export async function keysetPage<T extends ObjectLiteral & { createdAt: Date; id: string }>(
  query: SelectQueryBuilder<T>,
  alias: string,
  request: Partial<PageRequest>,
): Promise<Page<T>> {
  const first = request.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw new InvalidPageError(`first must be between 0 and ${MAX_PAGE_SIZE}`);
  }
  const countQuery = query.clone();
  const paged = query.clone();
  if (request.after !== undefined && request.after !== null) {
    const cursor = decodeCursor(request.after);
    if (!cursor) throw new InvalidPageError('after is not a valid cursor');
    paged.andWhere(
      `(${alias}.createdAt, ${alias}.id) < (CAST(:keysetCursorCreatedAt AS timestamptz), CAST(:keysetCursorId AS uuid))`,
      { keysetCursorCreatedAt: cursor.createdAt, keysetCursorId: cursor.id },
    );
  }
  const { entities: rows, raw } = await paged
    // The format is a parameter: its colons would otherwise read as parameter names.
    .addSelect(`to_char(${alias}.createdAt AT TIME ZONE 'UTC', :keysetTimeFormat)`, EXACT_CREATED_AT)
    // A bare `${alias}.id` here would take the entity's id column for itself and leave it unset.
    .addSelect(`CAST(${alias}.id AS text)`, ROW_ID)
    .setParameter('keysetTimeFormat', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')
    .orderBy(`${alias}.createdAt`, 'DESC')
    .addOrderBy(`${alias}.id`, 'DESC')
    .limit(first + 1)
    .getRawAndEntities<Record<string, string>>();
  const exactCreatedAt = new Map(raw.map((row) => [row[ROW_ID], row[EXACT_CREATED_AT]]));
  const items = rows.slice(0, first).map((node) => {
    const createdAt = exactCreatedAt.get(node.id);
    if (createdAt === undefined) throw new Error(`keysetPage: no created_at read for ${alias} ${node.id}`);
    return { node, cursor: encodeCursor({ createdAt, id: node.id }) };
  });
  return {
    items,
    hasNextPage: rows.length > first,
    endCursor: items.length > 0 ? items[items.length - 1].cursor : null,
    totalCount: () => countQuery.getCount(),
  };
}

/** PostgreSQL unique_violation, for turning a lost race into a CONFLICT. */
export function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: string; driverError?: { code?: string } })?.driverError?.code === '23505' ||
    (error as { code?: string })?.code === '23505';
}
