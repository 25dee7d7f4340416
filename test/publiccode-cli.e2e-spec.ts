import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildOnce, runCli } from './support/platform-process';

const LONG = 'Ein Fachverfahren für die Verwaltung von Anträgen, das Kommunen gemeinsam betreiben und weiterentwickeln können. '.repeat(2);

function publiccode(extra: Record<string, string> = {}): string {
  const fields: Record<string, string> = {
    publiccodeYmlVersion: '"0"',
    name: 'Antragsportal',
    url: 'https://git.example.org/antragsportal.git',
    platforms: '[web]',
    developmentStatus: 'stable',
    softwareType: 'standalone/web',
    description: `\n  de:\n    shortDescription: Anträge online stellen\n    longDescription: ${LONG}\n    features: [Online-Anträge]`,
    legal: '{license: EUPL-1.2}',
    maintenance: '{type: none}',
    localisation: '{localisationReady: true, availableLanguages: [de]}',
    ...extra,
  };
  return Object.entries(fields)
    .map(([key, value]) => `${key}: ${value}`)
    .join('\n');
}

/** `publiccode validate FILE...`: the built command line, with no database, server or data directory. */
describe('publiccode validate on the command line', () => {
  let scratch: string;
  const env = () => ({ DATA_DIR: join(scratch, 'never-created') });
  const file = (name: string, content: string | Buffer) => {
    const path = join(scratch, name);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, content);
    return path;
  };
  const jsonLines = (stdout: string) =>
    stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));

  beforeAll(() => {
    buildOnce();
    scratch = mkdtempSync(join(tmpdir(), 'allmende-publiccode-cli-'));
  });
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('exits 0 for a valid file and prints one JSON line for it', () => {
    const valid = file('valid/publiccode.yml', publiccode());
    const result = runCli(['publiccode', 'validate', valid, '--json'], env());
    expect(result).toMatchObject({ status: 0, stderr: '' });
    expect(jsonLines(result.stdout)).toEqual([{ file: valid, valid: true, results: [] }]);
  });

  it('exits 0 when there are warnings only', () => {
    const old = file('old/publiccode.yml', publiccode({ publiccodeYmlVersion: '"0.3"' }));
    const result = runCli(['publiccode', 'validate', old, '--json'], env());
    expect(result.status).toBe(0);
    expect(jsonLines(result.stdout)[0].results).toEqual([
      { type: 'warning', key: 'publiccodeYmlVersion', line: 1, column: 1, description: "v0.3 is not the latest version, use '0'. Parsing this file as v0.5." },
    ]);
  });

  it('exits 1 for an invalid file, with key, line and column of each result', () => {
    const invalid = file('invalid/publiccode.yml', publiccode({ maintenance: '{type: community}', localisation: '{localisationReady: yes, availableLanguages: [de_DE]}' }));
    const result = runCli(['publiccode', 'validate', invalid, '--json'], env());
    expect(result.status).toBe(1);
    const [report] = jsonLines(result.stdout);
    expect(report).toMatchObject({ file: invalid, valid: false });
    expect(report.results).toEqual([
      // A mistyped value empties its whole top-level section, as in the reference parser.
      { type: 'error', key: 'localisation', line: 14, column: 1, description: 'wrong type for this field' },
      { type: 'error', key: 'maintenance.contacts', line: 13, column: 14, description: 'contacts is a required field when "type" is "community"' },
      { type: 'error', key: 'localisation.localisationReady', line: 14, column: 16, description: 'localisationReady is a required field' },
      { type: 'error', key: 'localisation.availableLanguages', line: 14, column: 40, description: 'availableLanguages is a required field' },
    ]);
  });

  it('validates every file, one JSON line each, even past a missing or unreadable one', () => {
    const valid = join(scratch, 'valid/publiccode.yml');
    const invalid = join(scratch, 'invalid/publiccode.yml');
    const missing = join(scratch, 'nowhere/publiccode.yml');
    const result = runCli(['publiccode', 'validate', missing, valid, scratch, invalid, '--json'], env());
    expect(result.status).toBe(1);
    const reports = jsonLines(result.stdout);
    expect(reports.map((report) => [report.file, report.valid])).toEqual([
      [missing, false],
      [valid, true],
      [scratch, false],
      [invalid, false],
    ]);
    expect(reports[0].results).toEqual([{ type: 'error', key: '', line: 0, column: 0, description: `cannot read ${missing}: no such file` }]);
    expect(reports[2].results[0].description).toBe(`cannot read ${scratch}: is a directory`);
  });

  it('prints a readable report without --json', () => {
    const result = runCli(['publiccode', 'validate', join(scratch, 'old/publiccode.yml'), join(scratch, 'invalid/publiccode.yml')], env());
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(`${join(scratch, 'old/publiccode.yml')}: valid, 1 warning\n  1:1     warning publiccodeYmlVersion: v0.3 is not`);
    expect(result.stdout).toContain(`${join(scratch, 'invalid/publiccode.yml')}: invalid, 4 errors\n  14:1    error   localisation: wrong type for this field`);
  });

  it('checks a relative logo beside the file', () => {
    const withLogo = file('logo/publiccode.yml', publiccode({ logo: 'img/logo.png' }));
    file('logo/img/logo.png', 'not a PNG at all');
    const result = runCli(['publiccode', 'validate', withLogo, '--json'], env());
    expect(result.status).toBe(1);
    expect(jsonLines(result.stdout)[0].results).toEqual([{ type: 'error', key: 'logo', line: 15, column: 1, description: 'image: unknown format' }]);
  });

  it('refuses a 50 MB file without parsing it', () => {
    const huge = file('huge/publiccode.yml', Buffer.alloc(50 * 1024 * 1024, 'a'));
    const result = runCli(['publiccode', 'validate', huge, '--json'], env());
    expect(result.status).toBe(1);
    expect(jsonLines(result.stdout)[0].results).toEqual([
      { type: 'error', key: '', line: 0, column: 0, description: 'the file is larger than 1048576 bytes and was not parsed' },
    ]);
  });

  it('with --network, refuses to request addresses that are not public', () => {
    const local = file('local/publiccode.yml', publiccode({ url: 'http://127.0.0.1:9/repo.git' }));
    const result = runCli(['publiccode', 'validate', local, '--json', '--network'], env());
    expect(result.status).toBe(1);
    expect(jsonLines(result.stdout)[0].results).toEqual([
      {
        type: 'error',
        key: 'url',
        line: 3,
        column: 1,
        description: "'http://127.0.0.1:9/repo.git' not reachable: HTTP GET failed for http://127.0.0.1:9/repo.git: 127.0.0.1 is not on the public internet (127.0.0.1)",
      },
      { type: 'error', key: 'url', line: 3, column: 1, description: 'is not a valid code repository' },
    ]);
  });

  it.each([
    [[], 'error: FILE is required'],
    [['x.yml', '--verbose'], "error: Unknown option '--verbose'"],
  ])('exits 2 for %p with a clear message', (args, message) => {
    const result = runCli(['publiccode', 'validate', ...args], env());
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.split('\n')[0]).toContain(message);
    expect(result.stderr).toContain('usage: npm run cli -- publiccode validate FILE...');
  });
});
