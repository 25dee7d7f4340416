import { decodeCursor, encodeCursor } from './page';

describe('page cursors', () => {
  const cursor = { createdAt: '2026-11-22T10:00:00.000Z', id: '6f1b0c2e-9d7a-4c1e-8a57-2f2c4b1d9e10' };

  it('round-trips', () => {
    expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
  });

  it('round-trips microseconds, which PostgreSQL keeps and a Date would drop', () => {
    const exact = { ...cursor, createdAt: '2026-11-22T10:00:00.123456Z' };
    expect(decodeCursor(encodeCursor(exact))).toEqual(exact);
  });

  it.each([
    '2026-02-30T00:00:00.000000Z',
    '0000-01-01T00:00:00.000000Z',
    '2026-01-01T24:00:00.000000Z',
    '2026-01-01T10:00:00.000000',
    '2026-01-01T10:00:00.0000000Z',
    '2026-01-01T10:00:00Z',
    '2026-01-01',
    '1',
  ])('rejects a cursor whose time is %p', (createdAt) => {
    expect(decodeCursor(encodeCursor({ ...cursor, createdAt }))).toBeUndefined();
  });

  it.each(['', 'not-base64!', Buffer.from('{"a":1}').toString('base64url'), Buffer.from('["x","y"]').toString('base64url'),
    Buffer.from(`["2026-01-01T00:00:00Z","'; drop table users; --"]`).toString('base64url')])(
    'rejects %p',
    (raw) => {
      expect(decodeCursor(raw)).toBeUndefined();
    },
  );
});
