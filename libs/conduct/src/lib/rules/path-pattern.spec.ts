import { compilePathPattern, matchesAny, PathPattern } from './path-pattern';

function pattern(source: string): PathPattern {
  const compiled = compilePathPattern(source);
  if (typeof compiled === 'string') throw new Error(compiled);
  return compiled;
}

describe('path patterns', () => {
  it('match a name without a slash at any depth, ignoring case', () => {
    const jar = pattern('*.jar');
    expect(jar.match('app.jar')).toBe('app.jar');
    expect(jar.match('lib/deep/App.JAR')).toBe('lib/deep/App.JAR');
    expect(jar.match('app.jar.txt')).toBeNull();
    expect(jar.match('jar')).toBeNull();
    expect(pattern('?.o').match('src/a.o')).toBe('src/a.o');
    expect(pattern('?.o').match('src/ab.o')).toBeNull();
  });

  it('match a directory, answering with the directory once for every file below it', () => {
    const modules = pattern('node_modules/');
    expect(modules.match('node_modules/left-pad/index.js')).toBe('node_modules/');
    expect(modules.match('web/node_modules/a/b.js')).toBe('web/node_modules/');
    expect(modules.match('node_modules')).toBeNull();
    expect(modules.match('src/node_modules.ts')).toBeNull();
    expect(pattern('node_modules').match('node_modules/x.js')).toBe('node_modules/');
  });

  it('match a pattern with a slash from the top, with * inside a segment and ** across', () => {
    expect(pattern('docs/*.pdf').match('docs/manual.pdf')).toBe('docs/manual.pdf');
    expect(pattern('docs/*.pdf').match('docs/old/manual.pdf')).toBeNull();
    expect(pattern('docs/*.pdf').match('web/docs/manual.pdf')).toBeNull();
    expect(pattern('/build.gradle').match('build.gradle')).toBe('build.gradle');
    const wrapper = pattern('**/gradle/wrapper/gradle-wrapper.jar');
    expect(wrapper.match('gradle/wrapper/gradle-wrapper.jar')).toBe('gradle/wrapper/gradle-wrapper.jar');
    expect(wrapper.match('services/api/gradle/wrapper/gradle-wrapper.jar')).toBe('services/api/gradle/wrapper/gradle-wrapper.jar');
    expect(pattern('vendor/**/*.so').match('vendor/a/b/c.so')).toBe('vendor/a/b/c.so');
    expect(pattern('vendor/**').match('vendor/a/b/c.so')).toBe('vendor/a/b/c.so');
  });

  it('treat regular expression characters literally', () => {
    expect(pattern('a+b(1).txt').match('a+b(1).txt')).toBe('a+b(1).txt');
    expect(pattern('a+b(1).txt').match('aab1.txt')).toBeNull();
  });

  it('refuse patterns that cannot be meant', () => {
    expect(compilePathPattern('')).toBe('must not be empty');
    expect(compilePathPattern('!x')).toMatch(/negated patterns/);
    expect(compilePathPattern('//')).toBe('must name a file or directory');
    expect(compilePathPattern('a/../b')).toMatch(/must not contain/);
  });

  it('match any of a list', () => {
    expect(matchesAny([pattern('*.jar'), pattern('*.exe')], 'bin/tool.exe')).toBe(true);
    expect(matchesAny([], 'bin/tool.exe')).toBe(false);
  });
});
