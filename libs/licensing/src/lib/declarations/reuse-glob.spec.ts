import { expectLinearGrowth } from '@allmende/testing';
import { compileGlob, GlobBudget, globMatches, MAX_GLOB_LENGTH, type GlobDialect, type ReuseGlob } from './reuse-glob';

const glob = (pattern: string, dialect: GlobDialect = 'reuse-toml'): ReuseGlob => {
  const compiled = compileGlob(pattern, dialect);
  if ('error' in compiled) throw new Error(compiled.error);
  return compiled;
};
const matching = (pattern: string, paths: string[], dialect: GlobDialect = 'reuse-toml') => paths.filter((path) => globMatches(glob(pattern, dialect), path));

describe('REUSE.toml globs', () => {
  const paths = ['a.png', 'img/a.png', 'img/deep/a.png', 'img/a.svg', '.hidden.png', 'a*b', 'ab', 'a\\b'];

  it('lets * stop at a slash and ** cross it', () => {
    expect(matching('*.png', paths)).toEqual(['a.png', '.hidden.png']);
    expect(matching('img/*', paths)).toEqual(['img/a.png', 'img/a.svg']);
    expect(matching('img/**', paths)).toEqual(['img/a.png', 'img/deep/a.png', 'img/a.svg']);
    expect(matching('**.png', paths)).toEqual(['a.png', 'img/a.png', 'img/deep/a.png', '.hidden.png']);
    expect(matching('**', paths)).toEqual(paths);
  });

  it('takes **/ as one wildcard that matches everything, slashes included (REUSE 3.3)', () => {
    expect(matching('img/**/a.png', paths)).toEqual(['img/a.png', 'img/deep/a.png']);
    expect(matching('**/a.png', paths)).toEqual(['a.png', 'img/a.png', 'img/deep/a.png']);
    expect(matching('***', paths)).toEqual(paths);
  });

  it('matches a path without wildcards exactly', () => {
    expect(matching('img/a.png', paths)).toEqual(['img/a.png']);
    expect(matching('?', ['?', 'a'])).toEqual(['?']);
    expect(matching('[ab]', ['[ab]', 'a'])).toEqual(['[ab]']);
  });

  it('escapes a star with a backslash, and a backslash with another', () => {
    expect(matching('a\\*b', paths)).toEqual(['a*b']);
    expect(matching('a\\\\b', paths)).toEqual(['a\\b']);
    expect(matching('\\a*', ['ab', 'a/b'])).toEqual(['ab']);
  });

  it('rejects paths that are empty, absolute, leave the directory or end in an escape', () => {
    for (const pattern of ['', '/etc/passwd', '../x', 'a/../../b', 'a\\', 'x'.repeat(MAX_GLOB_LENGTH + 1)]) {
      expect(compileGlob(pattern, 'reuse-toml')).toEqual({ error: expect.any(String) });
    }
  });
});

describe('DEP5 globs', () => {
  it('lets * cross slashes and ? match one character', () => {
    const paths = ['a.c', 'src/a.c', 'src/ab.c', 'b.h'];
    expect(matching('*.c', paths, 'dep5')).toEqual(['a.c', 'src/a.c', 'src/ab.c']);
    expect(matching('src/?.c', paths, 'dep5')).toEqual(['src/a.c']);
    expect(matching('?', ['/', 'ab'], 'dep5')).toEqual(['/']);
    expect(matching('*', paths, 'dep5')).toEqual(paths);
  });

  it('escapes only *, ? and the backslash', () => {
    expect(matching('a\\?', ['a?', 'ab'], 'dep5')).toEqual(['a?']);
    expect(matching('a\\*', ['a*', 'ab'], 'dep5')).toEqual(['a*']);
    expect(compileGlob('a\\b', 'dep5')).toEqual({ error: expect.stringContaining('escapes "b"') });
  });
});

describe('glob matching on hostile input', () => {
  it.each([
    ['stars', glob(`${'*a'.repeat(400)}*c*b`), '', false],
    ['double stars', glob(`${'**a'.repeat(300)}**c**b`), '', false],
    ['DEP5 stars', glob(`${'*a'.repeat(400)}*c*b`, 'dep5'), '', false],
    ['DEP5 stars and question marks', glob(`${'*'.repeat(50)}?`.repeat(10), 'dep5'), '/', true],
    ['stars that match', glob(`${'*a'.repeat(400)}*b`), '', true],
  ])('matches %s in time linear in the path, where a backtracking matcher would not finish', (_case, hostile, end, matches) => {
    const path = (length: number) => `${'a'.repeat(length)}b${end}`;
    expect(globMatches(hostile, path(4000))).toBe(matches);
    expect(expectLinearGrowth(path, (subject) => globMatches(hostile, subject), { small: 1000, large: 8000 })).toBe(matches);
  });

  it('counts its work against a budget the caller sets', () => {
    const budget = new GlobBudget(10_000);
    const hostile = glob(`${'*a'.repeat(100)}*b`);
    let calls = 0;
    while (!budget.exhausted) {
      globMatches(hostile, `${'a'.repeat(200)}/b`, budget);
      calls++;
    }
    expect(calls).toBeLessThan(5);
  });

  it('rules out paths without the glob\'s literal parts before simulating anything', () => {
    const budget = new GlobBudget(1_000);
    for (let index = 0; index < 300; index++) {
      for (const pattern of ['docs/**/*.md', '**/test/**', '**/vendor/*/LICENSE']) globMatches(glob(pattern), `src/${'x'.repeat(index)}/test.ts`, budget);
    }
    expect(budget.exhausted).toBe(false);
    expect(matching('**/test/**', ['src/test/a.ts', 'test/a.ts', 'src/tests/a.ts'])).toEqual(['src/test/a.ts', 'test/a.ts']);
  });
});
