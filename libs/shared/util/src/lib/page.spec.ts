import { decodeCursor, encodeCursor } from './page';

describe('page cursors', () => {
  const cursor = { createdAt: '2026-11-22T10:00:00.000Z', id: '6f1b0c2e-9d7a-4c1e-8a57-2f2c4b1d9e10' };

  it('round-trips', () => {
    expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
  });

  it.each(['', 'not-base64!', Buffer.from('{"a":1}').toString('base64url'), Buffer.from('["x","y"]').toString('base64url'),
    Buffer.from(`["2026-01-01T00:00:00Z","'; drop table users; --"]`).toString('base64url')])(
    'rejects %p',
    (raw) => {
      expect(decodeCursor(raw)).toBeUndefined();
    },
  );
});
