import { graphemeCount } from './graphemes';

describe('graphemeCount', () => {
  it('counts what a reader sees, not code units', () => {
    expect(graphemeCount('Medusa')).toBe(6);
    expect(graphemeCount('e\u0301')).toBe(1);
    expect(graphemeCount('🇮🇹')).toBe(1);
    expect(graphemeCount('👨‍👩‍👧‍👦')).toBe(1);
    expect(graphemeCount('베스핀')).toBe(3);
    expect(graphemeCount('\u1100\u1161\u11A8')).toBe(1);
    expect(graphemeCount('')).toBe(0);
  });

  it('differs from String.length where it matters for the 150-character limits', () => {
    const decomposed = 'a\u0308'.repeat(100);
    expect(decomposed.length).toBe(200);
    expect(graphemeCount(decomposed)).toBe(100);
  });
});
