import { countYamlWork } from '@allmende/testing';
import { parseDocument } from 'yaml';
import { exceedsNestingWhileLexing, MAX_NESTING, shapeProblem } from './yaml-limits';

describe('YAML limits', () => {
  it.each([
    ['block sequences on one line', '- '.repeat(100_000)],
    ['flow sequences', '['.repeat(200_000)],
    ['flow maps', '{a: '.repeat(100_000)],
  ])('finds nesting past the limit in %s without parsing, lexing only as far as the limit', (_case, text) => {
    const { result, tokens } = countYamlWork(() => exceedsNestingWhileLexing(text));
    expect(result).toBe(true);
    // A few tokens per level up to the limit, however deep the text goes on.
    expect(tokens).toBeLessThan(10 * MAX_NESTING);
  });

  it('lets ordinary documents through', () => {
    expect(exceedsNestingWhileLexing('name: x\nlegal:\n  license: MIT\nlist: [[1, 2], {a: [3]}]\n')).toBe(false);
    expect(exceedsNestingWhileLexing(`${'['.repeat(MAX_NESTING)}${']'.repeat(MAX_NESTING)}`)).toBe(false);
  });

  it('names an alias bomb and a cyclic alias after parsing', () => {
    const levels = Array.from({ length: 9 }, (_, level) => `l${level + 1}: &l${level + 1} [${Array(9).fill(`*l${level}`).join(', ')}]`);
    expect(shapeProblem(parseDocument(`l0: &l0 "lol"\n${levels.join('\n')}\n`))).toMatch(/expand to more than/);
    expect(shapeProblem(parseDocument('a: &a [*a]\n'))).not.toBeNull();
    expect(shapeProblem(parseDocument('a: &a {x: 1}\nb: *a\n'))).toBeNull();
  });
});
