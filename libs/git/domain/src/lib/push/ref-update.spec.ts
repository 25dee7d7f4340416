import { parseRefUpdates, ZERO_SHA } from './ref-update';

describe('parseRefUpdates', () => {
  it('reads hook lines and ignores anything malformed', () => {
    const a = 'a'.repeat(40);
    const b = 'b'.repeat(40);
    expect(parseRefUpdates(`${ZERO_SHA} ${a} refs/heads/main\n${a} ${b} refs/tags/v1\ngarbage\n${a} ${b}\n`)).toEqual([
      { oldSha: ZERO_SHA, newSha: a, ref: 'refs/heads/main' },
      { oldSha: a, newSha: b, ref: 'refs/tags/v1' },
    ]);
  });
});
