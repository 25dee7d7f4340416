import { expectLinearGrowth } from '@allmende/testing';
import { compilePathGlob, pathGlobMatches } from './path-glob';

const matching = (pattern: string, paths: string[]) => {
  const glob = compilePathGlob(pattern);
  if (!glob) throw new Error(`no glob: ${pattern}`);
  return paths.filter((path) => pathGlobMatches(glob, path));
};

describe('path globs', () => {
  const paths = ['a.pem', 'keys/a.pem', 'keys/deep/a.pem', 'test/fixtures/x.json', 'src/test/y.ts', 'README.md'];

  it('matches a glob without a slash against the file name at any depth', () => {
    expect(matching('*.pem', paths)).toEqual(['a.pem', 'keys/a.pem', 'keys/deep/a.pem']);
    expect(matching('README.md', paths)).toEqual(['README.md']);
  });

  it('keeps * and ? within a directory and lets ** cross them', () => {
    expect(matching('keys/*', paths)).toEqual(['keys/a.pem']);
    expect(matching('keys/**', paths)).toEqual(['keys/a.pem', 'keys/deep/a.pem']);
    expect(matching('keys/?.pem', paths)).toEqual(['keys/a.pem']);
    expect(matching('**/test/**', paths)).toEqual(['test/fixtures/x.json', 'src/test/y.ts']);
  });

  it('lets **/ stand for no directory too, but not for part of a name', () => {
    expect(matching('**/a.pem', [...paths, 'xa.pem', 'keys/xa.pem'])).toEqual(['a.pem', 'keys/a.pem', 'keys/deep/a.pem']);
  });

  it('ignores a leading ./ or / and refuses empty or overlong globs', () => {
    expect(matching('./test/fixtures/*.json', paths)).toEqual(['test/fixtures/x.json']);
    expect(matching('/README.md', paths)).toEqual(['README.md']);
    expect(compilePathGlob('  ')).toBeNull();
    expect(compilePathGlob('a'.repeat(1001))).toBeNull();
  });

  it('stays linear in the path on globs made to backtrack', () => {
    const glob = compilePathGlob(`${'*a'.repeat(400)}b`);
    if (!glob) throw new Error('no glob');
    expect(pathGlobMatches(glob, 'a'.repeat(900))).toBe(false);
    // A backtracking matcher tries every way to spread 400 stars over the path; this one takes glob length × path length steps.
    expect(expectLinearGrowth((length) => 'a'.repeat(length), (path) => pathGlobMatches(glob, path), { small: 1000, large: 8000 })).toBe(false);
  });
});
