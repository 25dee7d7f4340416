import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildOnce, runCli } from './support/platform-process';
import { writeTree } from './support/publisher-session';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const SPDX_TEXTS = require('spdx-license-list/full') as Record<string, { licenseText: string }>;

/** `license detect DIR`: the built command line, with no database, server or data directory. */
describe('license detect on the command line', () => {
  let scratch: string;
  // Nothing but PATH and HOME: no DATABASE_URL, and a data directory that does not exist.
  const env = () => ({ DATA_DIR: join(scratch, 'never-created') });

  const project = (name: string, files: Record<string, string>) => writeTree(join(scratch, name), files);

  beforeAll(() => {
    buildOnce();
    scratch = mkdtempSync(join(tmpdir(), 'allmende-license-cli-'));
  });
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('prints the JSON report of an allowed project and exits 0', () => {
    const root = project('apache', { LICENSE: SPDX_TEXTS['Apache-2.0'].licenseText, 'src/index.js': 'export {};\n' });
    // A symlink pointing out of the tree is listed, never followed into.
    symlinkSync('/etc', join(root, 'etc-link'));
    mkdirSync(join(root, '.git'));
    writeFileSync(join(root, '.git', 'LICENSE'), SPDX_TEXTS['SSPL-1.0'].licenseText);
    const result = runCli(['license', 'detect', root, '--json'], env());
    expect(result).toMatchObject({ status: 0, stderr: '' });
    const report = JSON.parse(result.stdout);
    expect(report).toMatchObject({ expression: 'Apache-2.0', status: 'ALLOWED', findings: [], truncated: false });
    expect(report.files).toEqual([{ path: 'LICENSE', spdxId: 'Apache-2.0', confidence: expect.any(Number), method: expect.stringMatching(/^(EXACT|DICE)$/) }]);
    expect(result.stdout.trim().split('\n')).toHaveLength(1);
  });

  it('prints a readable report without --json', () => {
    const result = runCli(['license', 'detect', join(scratch, 'apache')], env());
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^License: Apache-2\.0 \(ALLOWED\)\n/);
    expect(result.stdout).toMatch(/LICENSE +Apache-2\.0/);
  });

  it('exits 1 for a denied license and for no license at all', () => {
    const denied = runCli(['license', 'detect', project('nc', { LICENSE: SPDX_TEXTS['CC-BY-NC-SA-4.0'].licenseText }), '--json'], env());
    expect(denied.status).toBe(1);
    expect(JSON.parse(denied.stdout)).toMatchObject({ expression: 'CC-BY-NC-SA-4.0', status: 'DENIED' });
    const none = runCli(['license', 'detect', project('none', { 'README.md': '# Nichts\n' }), '--json'], env());
    expect(none.status).toBe(1);
    const report = JSON.parse(none.stdout);
    expect(report).toMatchObject({ expression: null, status: 'UNKNOWN', files: [] });
    expect(report.findings.map((finding: { rule: string }) => finding.rule)).toContain('no-license');
  });

  it('judges by the policy given with --policy', () => {
    const strict = join(scratch, 'strict.yaml');
    writeFileSync(strict, 'version: 1\ndeny:\n  licenses: [Apache-2.0]\n');
    const result = runCli(['license', 'detect', join(scratch, 'apache'), '--json', '--policy', strict], env());
    expect(result.status).toBe(1);
    expect(JSON.parse(result.stdout).status).toBe('DENIED');
  });

  it.each([
    [[], 'error: DIR is required'],
    [['/does/not/exist'], 'error: /does/not/exist is not a directory'],
    [['package.json'], 'error: package.json is not a directory'],
    [['.', 'extra'], 'error: unexpected argument extra'],
    [['.', '--verbose'], "error: Unknown option '--verbose'"],
  ])('exits 2 for %p with a clear message', (args, message) => {
    const result = runCli(['license', 'detect', ...args], env());
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.split('\n')[0]).toContain(message);
    expect(result.stderr).toContain('usage: npm run cli -- license detect DIR');
  });

  it('exits 2 naming the file and the problem for a bad policy', () => {
    const broken = join(scratch, 'broken.yaml');
    writeFileSync(broken, 'version: 1\ndeny:\n  licenses: [EUPL-1.2]\n');
    const result = runCli(['license', 'detect', join(scratch, 'apache'), '--policy', broken], env());
    expect(result.status).toBe(2);
    expect(result.stderr.split('\n')[0]).toBe(`error: invalid license policy: ${broken}: deny.licenses: EUPL-1.2 is always allowed and cannot be denied`);
    const missing = runCli(['license', 'detect', join(scratch, 'apache'), '--policy', join(scratch, 'nope.yaml')], env());
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain(`nope.yaml: cannot be read (no such file)`);
  });
});
