import { expectLinearGrowth } from './growth';

/** Sums the characters' codes: one step per character. */
const linear = (text: string) => {
  let sum = 0;
  for (let index = 0; index < text.length; index++) sum += text.charCodeAt(index);
  return sum;
};

/** Compares every character with every later one, as a naive search for repeats does. */
const quadratic = (text: string) => {
  let equal = 0;
  for (let first = 0; first < text.length; first++) for (let second = first + 1; second < text.length; second++) if (text[first] === text[second]) equal++;
  return equal;
};

describe('expectLinearGrowth', () => {
  it('passes linear work and returns the result for the large input', () => {
    expect(expectLinearGrowth((size) => 'ab'.repeat(size / 2), linear, { small: 100_000, large: 800_000 })).toBe(400_000 * (97 + 98));
  });

  it('fails quadratic work, saying how it grew', () => {
    expect(() => expectLinearGrowth((size) => 'ab'.repeat(size / 2), quadratic, { small: 500, large: 4000 })).toThrow(/size 4000 took .* times the CPU time of size 500 .*; the limit is 24$/);
  });

  it('refuses sizes too close to tell linear from quadratic growth', () => {
    expect(() => expectLinearGrowth(String, linear, { small: 1000, large: 4000 })).toThrow(/at least 8 times/);
  });
});
