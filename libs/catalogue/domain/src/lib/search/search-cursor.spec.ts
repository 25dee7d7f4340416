import { decodeSearchCursor, encodeSearchCursor, SearchCursor } from './search-cursor';

const ID = '6f1c2d3e-4f89-41d3-9a0c-0305e82c3301';
const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('search cursors', () => {
  it.each<SearchCursor>([
    { sort: 'RELEVANCE', score: 0.9061572825679424, id: ID },
    { sort: 'RELEVANCE', score: 1e-300, id: ID },
    { sort: 'UPDATED', updatedAt: '2026-03-01T09:00:00.123456Z', id: ID },
    { sort: 'ADOPTION', adoptions: 0, id: ID },
  ])('read back exactly what was written: %j', (cursor) => {
    const raw = encodeSearchCursor(cursor);
    expect(raw).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeSearchCursor(raw, cursor.sort)).toEqual(cursor);
  });

  it('are refused for another sort than they were made for', () => {
    const raw = encodeSearchCursor({ sort: 'ADOPTION', adoptions: 3, id: ID });
    expect(() => decodeSearchCursor(raw, 'UPDATED')).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
  });

  it('give ids in lower case, as PostgreSQL orders and writes them', () => {
    const raw = encode([1, 'RELEVANCE', 0.5, ID.toUpperCase()]);
    expect(decodeSearchCursor(raw, 'RELEVANCE')).toEqual({ sort: 'RELEVANCE', score: 0.5, id: ID });
  });

  it.each<[string, string, SearchCursor['sort']]>([
    ['not base64url', 'a+b/c=', 'RELEVANCE'],
    ['garbage', 'bm9wZQ', 'RELEVANCE'],
    ['too much', 'A'.repeat(201), 'RELEVANCE'],
    ['another version', encode([2, 'RELEVANCE', 0.5, ID]), 'RELEVANCE'],
    ['no id', encode([1, 'RELEVANCE', 0.5]), 'RELEVANCE'],
    ['a forged id', encode([1, 'RELEVANCE', 0.5, "1' OR '1'='1"]), 'RELEVANCE'],
    ['a score that is not a number', encode([1, 'RELEVANCE', '0.5', ID]), 'RELEVANCE'],
    ['an infinite score', Buffer.from(`[1,"RELEVANCE",1e999,"${ID}"]`).toString('base64url'), 'RELEVANCE'],
    ['a negative adoption count', encode([1, 'ADOPTION', -1, ID]), 'ADOPTION'],
    ['a fractional adoption count', encode([1, 'ADOPTION', 1.5, ID]), 'ADOPTION'],
    ['a time in milliseconds', encode([1, 'UPDATED', '2026-03-01T09:00:00.123Z', ID]), 'UPDATED'],
    ['30 February', encode([1, 'UPDATED', '2026-02-30T09:00:00.123456Z', ID]), 'UPDATED'],
    ['an object', encode({ sort: 'RELEVANCE', score: 1, id: ID }), 'RELEVANCE'],
  ])('are refused when they hold %s', (_, raw, sort) => {
    expect(() => decodeSearchCursor(raw, sort)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', message: 'after is not a cursor of this search' }));
  });
});
