import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { DEFAULT_PAGE_SIZE, decodeCursor, encodeCursor, MAX_PAGE_SIZE, Page, PageRequest } from '@allmende/util';

export class InvalidPageError extends Error {
  override name = 'InvalidPageError';
}

/**
 * Pages a query newest-first by (created_at, id). The caller's query builder must select
 * `alias` with `createdAt` and `id` properties; filters stay the caller's concern. Joins must
 * be to-one: the page is cut with LIMIT, which keeps listing and joins in one statement.
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
    paged.andWhere(`(${alias}.createdAt, ${alias}.id) < (:cursorCreatedAt, :cursorId)`, {
      cursorCreatedAt: cursor.createdAt,
      cursorId: cursor.id,
    });
  }
  const rows = await paged
    .orderBy(`${alias}.createdAt`, 'DESC')
    .addOrderBy(`${alias}.id`, 'DESC')
    .limit(first + 1)
    .getMany();
  const items = rows.slice(0, first).map((node) => ({
    node,
    cursor: encodeCursor({ createdAt: node.createdAt.toISOString(), id: node.id }),
  }));
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
