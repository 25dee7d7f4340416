import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '@allmende/config';
import type { ConductCheckers, SecretFinding } from '@allmende/conduct';
import licenseList from 'spdx-license-list/full';
import type { CliContext } from '../cli-context';
import { UsageError } from './cli-command';
import { conductCheckCommand } from './conduct-check.command';

const README = `# Citizen portal

The citizen portal is an application for municipalities that lets citizens submit their requests
online. It is developed by the city of Musterhausen and published under the MIT license. You can
install it on your own server in a few steps, and the documentation describes each of them.
`;

/** `conduct check DIR` with stand-ins for the validator and the scanner; the lead wires the real ones. */
describe('conduct check on the command line', () => {
  let scratch: string;
  let output: string[];
  const secrets: SecretFinding[] = [];
  const checkers: ConductCheckers = {
    validatePubliccode: () => ({ valid: true, version: '0.4', results: [], document: {} }),
    scanSecrets: (files) => secrets.filter((secret) => files.some((file) => file.path === secret.path)),
  };
  const command = conductCheckCommand(checkers);

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

  const compliant = () => ({
    LICENSE: licenseList.MIT.licenseText,
    'README.md': README,
    'CODE_OF_CONDUCT.md': '# Code of conduct\n',
    '.github/CONTRIBUTING.md': '# Contributing\n',
    'SECURITY.md': 'Report vulnerabilities to security@musterhausen.de.\n',
    'CHANGELOG.md': '# Changelog\n',
    'publiccode.yml': 'publiccodeYmlVersion: "0.4"\n',
  });

  beforeAll(() => (scratch = mkdtempSync(join(tmpdir(), 'allmende-conduct-cli-'))));
  beforeEach(() => {
    output = [];
    secrets.length = 0;
  });
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('prints the JSON report of a compliant repository on one line and exits 0', async () => {
    const root = project('compliant', compliant());
    symlinkSync('/etc', join(root, 'etc-link'));
    mkdirSync(join(root, '.git'));
    writeFileSync(join(root, '.git', 'app.jar'), 'not looked at');
    expect(await command.run([root, '--json'], context())).toBe(0);
    expect(output).toHaveLength(1);
    expect(JSON.parse(output[0])).toEqual({ status: 'PASSED', findings: [] });
  });

  it('prints a readable report without --json', async () => {
    const root = project('readable', { ...compliant(), 'lib/tool.jar': Buffer.from([0, 1, 2]) });
    expect(await command.run([root], context())).toBe(0);
    expect(output[0]).toMatch(/^Code of conduct: NEEDS_REVIEW\n\nFindings:\n {2}WARNING build-artefacts lib\/tool\.jar: lib\/tool\.jar is a build artefact/);
  });

  it('exits 1 for missing files and a committed secret, each finding with path and line', async () => {
    const files: Record<string, string> = { ...compliant(), 'deploy/key.pem': 'key material\n' };
    delete files['SECURITY.md'];
    secrets.push({ rule: 'secret-private-key' as const, path: 'deploy/key.pem', line: 1, column: 1, fingerprint: 'ab12', message: 'a private key is committed' });
    expect(await command.run([project('failing', files), '--json'], context())).toBe(1);
    const report = JSON.parse(output[0]);
    expect(report.status).toBe('FAILED');
    expect(report.findings).toEqual([
      { rule: 'security-policy', severity: 'ERROR', path: null, line: null, message: expect.stringMatching(/^no SECURITY file/) },
      { rule: 'secrets', severity: 'ERROR', path: 'deploy/key.pem', line: 1, message: 'a private key is committed [secret-private-key, column 1, fingerprint ab12]' },
    ]);
  });

  it('judges files by their size on disk, also those too large to read, with the rules given by --rules', async () => {
    const rules = join(scratch, 'small-files.yaml');
    writeFileSync(rules, 'version: 1\nrules:\n  oversized-files: {options: {maxFileBytes: 2000}}\n');
    const root = project('sizes', { ...compliant(), 'data.bin': Buffer.alloc(3000, 1), 'small.bin': Buffer.alloc(1500, 1) });
    expect(await command.run([root, '--json', '--rules', rules], context({ LICENSE_SCAN_MAX_FILE_BYTES: '2048' }))).toBe(0);
    const findings = JSON.parse(output[0]).findings as { rule: string; path: string; message: string }[];
    expect(findings.filter((finding) => finding.rule === 'oversized-files')).toEqual([
      expect.objectContaining({ path: 'data.bin', message: expect.stringMatching(/^data\.bin is 2\.9 KiB, more than the 2000 bytes a file may have/) }),
    ]);
  });

  it('reads the rules file the configuration names', async () => {
    const rules = join(scratch, 'no-readme.yaml');
    writeFileSync(rules, 'version: 1\nrules:\n  readme: {severity: OFF}\n  readme-language: {severity: OFF}\n');
    const files: Record<string, string> = compliant();
    delete files['README.md'];
    expect(await command.run([project('no-readme', files), '--json'], context({ CONDUCT_RULES_FILE: rules }))).toBe(0);
    expect(JSON.parse(output[0])).toEqual({ status: 'PASSED', findings: [] });
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

  it('refuses bad or missing rules and policy files, naming the file and the problem', async () => {
    const broken = join(scratch, 'broken.yaml');
    writeFileSync(broken, 'version: 1\nrules:\n  readme: {severity: FATAL}\n');
    const root = project('any', compliant());
    await expect(command.run([root, '--rules', broken], context())).rejects.toThrow(
      new UsageError(`invalid conduct rules: ${broken}: rules.readme.severity must be one of ERROR, WARNING, INFO, OFF`),
    );
    await expect(command.run([root, '--rules', join(scratch, 'nope.yaml')], context())).rejects.toThrow(/invalid conduct rules: .*nope\.yaml: cannot be read \(no such file\)/);
    await expect(command.run([root, '--policy', broken], context())).rejects.toThrow(/^invalid license policy: /);
  });
});
