import { formatBytes } from './artefacts.check';
import { check, repository, rulesWith, text } from './conduct-check.fixtures';

const findingsOf = (rule: string, result: ReturnType<typeof check>) => result.findings.filter((finding) => finding.rule === rule);

describe('the build-artefacts rule', () => {
  it.each(['dist/app.jar', 'bin/Setup.EXE', 'lib/native.dll', 'target/classes/Main.class', 'x/y/z.pyc'])('reports %s', (path) => {
    const result = check(repository([], { path, kind: 'binary' }));
    expect(findingsOf('build-artefacts', result)).toEqual([
      { rule: 'build-artefacts', severity: 'WARNING', path, line: null, message: expect.stringMatching(new RegExp(`^${path.replace(/\./g, '\\.')} is a build artefact \\(pattern \\*\\.`)) },
    ]);
    expect(result.status).toBe('NEEDS_REVIEW');
  });

  it('reports a dependency directory once, with its number of files', () => {
    const result = check(repository([], text('node_modules/a/index.js', ''), text('node_modules/b/index.js', ''), text('web/node_modules/c.js', '')));
    expect(findingsOf('build-artefacts', result).map((finding) => finding.message)).toEqual([
      expect.stringMatching(/^node_modules\/ \(2 files\) is a directory of build output or dependencies \(pattern node_modules\/\)/),
      expect.stringMatching(/^web\/node_modules\/ \(1 file\)/),
    ]);
  });

  it('leaves sources, build wrappers, allowed paths and symlinks alone', () => {
    const result = check(
      repository([], text('src/jar.ts', ''), { path: 'gradle/wrapper/gradle-wrapper.jar', kind: 'binary' }, { path: 'api/.mvn/wrapper/maven-wrapper.jar', kind: 'binary' }, { path: 'current.jar', kind: 'symlink' }),
    );
    expect(findingsOf('build-artefacts', result)).toEqual([]);
    const rules = rulesWith('  build-artefacts: {options: {allowPaths: [test/fixtures/]}}');
    expect(findingsOf('build-artefacts', check(repository([], { path: 'test/fixtures/old.dll', kind: 'binary' }), { rules }))).toEqual([]);
  });

  it('uses the operator\'s patterns', () => {
    const rules = rulesWith("  build-artefacts: {severity: ERROR, options: {patterns: ['*.zip', 'dist/']}}");
    const result = check(repository([], { path: 'a.jar', kind: 'binary' }, { path: 'release.ZIP', kind: 'binary' }, text('dist/app.js', '')), { rules });
    expect(findingsOf('build-artefacts', result).map((finding) => finding.path)).toEqual(['release.ZIP', 'dist/']);
    expect(result.status).toBe('FAILED');
  });
});

describe('the oversized-files rule', () => {
  const limit = rulesWith('  oversized-files: {options: {maxFileBytes: 100000}}');

  it('reports a file over the limit by the size the reader gives, else by its content', () => {
    const result = check(repository([], { path: 'data/big.csv', kind: 'too-large', size: 100_001 }, text('notes.txt', 'ä'.repeat(50_001)), { path: 'ok.bin', kind: 'binary', size: 100_000 }), { rules: limit });
    expect(findingsOf('oversized-files', result)).toEqual([
      { rule: 'oversized-files', severity: 'WARNING', path: 'data/big.csv', line: null, message: expect.stringMatching(/^data\/big.csv is 97.7 KiB, more than the 100000 bytes a file may have/) },
      expect.objectContaining({ path: 'notes.txt', message: expect.stringContaining('notes.txt is 97.7 KiB') }),
    ]);
  });

  it('reports a file the reader skipped as too large without its size', () => {
    const result = check(repository([], { path: 'video.mp4', kind: 'too-large' }));
    expect(findingsOf('oversized-files', result)).toEqual([expect.objectContaining({ message: 'video.mp4 is larger than the check reads (its exact size is unknown; the limit is 10 MiB)' })]);
  });

  it('leaves files at the limit, allowed paths and symlinks alone', () => {
    const rules = rulesWith('  oversized-files: {options: {maxFileBytes: 100000, allowPaths: [assets/]}}');
    const result = check(repository([], { path: 'a.bin', kind: 'binary', size: 100_000 }, { path: 'assets/map.tif', kind: 'too-large', size: 500_000 }, { path: 'l', kind: 'symlink', size: 900_000 }), { rules });
    expect(findingsOf('oversized-files', result)).toEqual([]);
  });

  it('formats sizes for people', () => {
    expect([formatBytes(999), formatBytes(1024), formatBytes(10 * 1024 ** 2), formatBytes(1.5 * 1024 ** 3), formatBytes(2000)]).toEqual(['999 bytes', '1 KiB', '10 MiB', '1.5 GiB', '2.0 KiB']);
    expect([formatBytes(2000, true), formatBytes(2048, true)]).toEqual(['2000 bytes', '2 KiB']);
  });
});

describe('the personal-data rule', () => {
  const dump = "CREATE TABLE users (id int, email text);\nINSERT INTO users VALUES (1, 'anna.schmidt@posteo.de');\n";

  it('warns about a SQL dump with e-mail addresses, at the line of the first', () => {
    const result = check(repository([], text('backup/users.sql', dump)));
    expect(findingsOf('personal-data', result)).toEqual([
      {
        rule: 'personal-data',
        severity: 'WARNING',
        path: 'backup/users.sql',
        line: 2,
        message: expect.stringContaining('looks like a database dump with personal data: the rows of table users (column email) hold 1 e-mail address'),
      },
    ]);
    expect(result.status).toBe('NEEDS_REVIEW');
  });

  it('leaves schemas, other file types and allowed paths alone', () => {
    const rules = rulesWith('  personal-data: {options: {allowPaths: [seeds/]}}');
    const result = check(repository([], text('schema.sql', 'CREATE TABLE users (email text);\n'), text('users.csv', 'anna.schmidt@posteo.de\n'), text('seeds/users.sql', dump)), { rules });
    expect(findingsOf('personal-data', result)).toEqual([]);
  });

  it('asks for a review of a dump it cannot read', () => {
    const result = check(repository([], { path: 'prod.sql', kind: 'too-large', size: 5_000_000 }));
    expect(findingsOf('personal-data', result)).toEqual([expect.objectContaining({ path: 'prod.sql', message: 'prod.sql cannot be checked for personal data (it is larger than the check reads): a reviewer must look at it' })]);
  });
});
