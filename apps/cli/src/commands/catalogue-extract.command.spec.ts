import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '@allmende/config';
import type { CliContext } from '../cli-context';
import { catalogueExtractCommand } from './catalogue-extract.command';
import { UsageError } from './cli-command';

const PUBLICCODE = 'publiccodeYmlVersion: "0.4"\nname: Bürgerportal\nsoftwareType: standalone/web\nsoftwareVersion: 2.1.0\n';
const COMPOSE = 'services:\n  web:\n    image: nginx:1.27\n    user: "101"\n    read_only: true\n';

/** `catalogue extract DIR` on directories written for each case. */
describe('catalogue extract on the command line', () => {
  let scratch: string;
  let output: string[];
  const command = catalogueExtractCommand;

  function context(env: Record<string, string> = {}): CliContext {
    return { config: loadConfig({ DATA_DIR: join(scratch, 'never-created'), ...env }), logger: console, write: (line) => output.push(line) };
  }

  function project(name: string, files: Record<string, string | Buffer>): string {
    const root = join(scratch, name);
    for (const [path, content] of Object.entries(files)) {
      mkdirSync(join(root, path, '..'), { recursive: true });
      writeFileSync(join(root, path), content);
    }
    return root;
  }

  beforeAll(() => (scratch = mkdtempSync(join(tmpdir(), 'allmende-catalogue-cli-'))));
  beforeEach(() => (output = []));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('prints components, findings and truncation as one JSON line and exits 0', async () => {
    const root = project('json', { 'publiccode.yml': PUBLICCODE, 'deploy/compose.yml': COMPOSE, 'lib/package.json': '{"name": [1]}' });
    symlinkSync('/etc/passwd', join(root, 'pom.xml'));
    expect(await command.run([root, '--json'], context())).toBe(0);
    expect(output).toHaveLength(1);
    const report = JSON.parse(output[0]);
    expect(Object.keys(report)).toEqual(['components', 'findings', 'truncated']);
    expect(report.components.map((component: { key: string }) => component.key)).toEqual(['CONFIGURATION:deploy/compose.yml', 'APPLICATION:publiccode.yml']);
    expect(report.findings).toEqual([
      { rule: 'invalid-manifest', severity: 'WARNING', path: 'lib/package.json', line: 1, message: '"name" is not a package name npm accepts' },
      { rule: 'symlink-skipped', severity: 'INFO', path: 'pom.xml', line: null, message: 'a symbolic link; it is not followed' },
    ]);
    expect(report.truncated).toBe(false);
  });

  it('prints a readable list with kind, name, version, path and the failed hardening checks', async () => {
    const root = project('text', { 'publiccode.yml': PUBLICCODE, 'deploy/compose.yml': COMPOSE, 'tools/Cargo.toml': '[package\n' });
    expect(await command.run([root], context())).toBe(0);
    expect(output[0].split('\n')).toEqual([
      'Components (2):',
      '  CONFIGURATION  deploy (deploy/compose.yml)',
      '                 hardening 67/100 MEDIUM',
      '                   failed capabilities-dropped: service web: the default capabilities (set cap_drop: [ALL])',
      '                   failed healthcheck: service web: no health check in this file (the image may define one)',
      '  APPLICATION    Bürgerportal 2.1.0 (publiccode.yml)',
      '',
      'Findings:',
      expect.stringMatching(/^ {2}WARNING invalid-manifest tools\/Cargo\.toml:1: not valid TOML: /),
    ]);
  });

  it('says when it finds nothing, and when the directory is larger than the scan limits', async () => {
    const root = project('empty', { 'README.md': '# nothing\n', 'a/package.json': '{"private": true}', 'b/package.json': '{"private": true}' });
    expect(await command.run([root], context({ LICENSE_SCAN_MAX_FILES: '1' }))).toBe(0);
    expect(output[0]).toBe('No components found.\n\nFindings:\n  WARNING extraction-truncated: the repository is larger than the check reads; components in files beyond the limit are missing\n\nThe directory is larger than the scan limits: components beyond them are missing.');
  });

  it('reports a manifest larger than the scan limit without reading it', async () => {
    const root = project('large', { 'package.json': JSON.stringify({ name: 'x', description: 'a'.repeat(3000) }) });
    expect(await command.run([root, '--json'], context({ LICENSE_SCAN_MAX_FILE_BYTES: '2048' }))).toBe(0);
    expect(JSON.parse(output[0])).toEqual({ components: [], findings: [expect.objectContaining({ rule: 'invalid-manifest', path: 'package.json', message: expect.stringMatching(/larger than the check reads/) })], truncated: false });
  });

  it.each([
    [[], 'DIR is required'],
    [['/does/not/exist'], '/does/not/exist is not a directory'],
    [['package.json'], 'package.json is not a directory'],
    [['.', 'extra'], 'unexpected argument extra'],
  ])('refuses %p as a usage error', async (args, message) => {
    await expect(command.run(args, context())).rejects.toThrow(new UsageError(message));
    expect(output).toEqual([]);
  });

  it('refuses an unknown option', async () => {
    await expect(command.run(['.', '--verbose'], context())).rejects.toMatchObject({ code: 'ERR_PARSE_ARGS_UNKNOWN_OPTION' });
  });
});
