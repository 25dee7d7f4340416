import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PUBLICCODE } from './support/conduct-fixtures';
import { buildOnce, runCli } from './support/platform-process';
import { writeTree } from './support/publisher-session';

const COMPOSE = `name: buergerportal
services:
  portal:
    image: registry.example.org/amt/portal:1.0.0
    ports: ["8080:8080"]
    user: "1000"
    read_only: true
    cap_drop: [ALL]
  db:
    image: postgres:16
`;

/** `catalogue extract DIR`: the built command line, with no database, server or data directory. */
describe('catalogue extract on the command line', () => {
  let scratch: string;
  const env = () => ({ DATA_DIR: join(scratch, 'never-created') });

  const project = (name: string, files: Record<string, string | Buffer>) => writeTree(join(scratch, name), files);

  beforeAll(() => {
    buildOnce();
    scratch = mkdtempSync(join(tmpdir(), 'allmende-catalogue-cli-'));
  });
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('prints the components of a project as one JSON line and exits 0', () => {
    const root = project('portal', {
      'publiccode.yml': PUBLICCODE,
      'package.json': JSON.stringify({ name: 'portal', private: true }),
      'packages/forms/package.json': JSON.stringify({ name: '@amt/forms', version: '1.4.0', license: 'MIT' }),
      'deploy/docker-compose.yml': COMPOSE,
      'node_modules/react/package.json': JSON.stringify({ name: 'react', version: '18.3.1' }),
    });
    const result = runCli(['catalogue', 'extract', root, '--json'], env());
    expect(result).toMatchObject({ status: 0, stderr: '' });
    expect(result.stdout.trim().split('\n')).toHaveLength(1);
    const report = JSON.parse(result.stdout);
    expect(report).toMatchObject({ findings: [], truncated: false });
    expect(report.components.map(({ key, name, version }: { key: string; name: string; version: string | null }) => ({ key, name, version }))).toEqual([
      { key: 'CONFIGURATION:deploy/docker-compose.yml', name: 'buergerportal', version: null },
      { key: 'LIBRARY:packages/forms/package.json', name: '@amt/forms', version: '1.4.0' },
      { key: 'APPLICATION:publiccode.yml', name: 'Bürgerportal', version: '1.0.0' },
    ]);
    expect(report.components[0].hardening).toMatchObject({ level: 'LOW', checks: expect.arrayContaining([{ name: 'non-root-user', passed: false, detail: expect.stringMatching(/^service db: /) }]) });
  });

  it('reports hostile describing files as findings and keeps going', () => {
    const bomb = `a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n${Array.from({ length: 8 }, (_, i) => `${'bcdefghi'[i]}: &${'bcdefghi'[i]} [${Array(9).fill(`*${'abcdefgh'[i]}`).join(',')}]`).join('\n')}\nname: *i\n`;
    const root = project('hostile', {
      'publiccode.yml': bomb,
      'deploy/compose.yml': `services:\n  web:\n    command: ${'['.repeat(100_000)}\n`,
      'java/pom.xml': `<project>${'<a><!--</a>-->'.repeat(50_000)}${'</a>'.repeat(50_000)}</project>`,
      'big/package.json': JSON.stringify({ name: 'big', description: 'a'.repeat(10 * 1024 * 1024) }),
      'bin/package.json': Buffer.from([0x7b, 0, 1, 2]),
      'lib/package.json': JSON.stringify({ name: 'lib', version: '1.0.0' }),
    });
    symlinkSync('/etc/passwd', join(root, 'Cargo.toml'));
    const result = runCli(['catalogue', 'extract', root, '--json'], env());
    expect(result).toMatchObject({ status: 0, stderr: '' });
    const report = JSON.parse(result.stdout);
    expect(report.components.map((component: { key: string }) => component.key)).toEqual(['LIBRARY:lib/package.json']);
    expect(report.findings.map(({ rule, path }: { rule: string; path: string }) => `${rule} ${path}`)).toEqual([
      'symlink-skipped Cargo.toml',
      'invalid-manifest big/package.json',
      'invalid-manifest bin/package.json',
      'invalid-manifest deploy/compose.yml',
      'invalid-manifest java/pom.xml',
      'invalid-manifest publiccode.yml',
    ]);
    expect(result.stdout).not.toContain('/etc/passwd');
  });

  it('prints a readable list without --json', () => {
    const result = runCli(['catalogue', 'extract', join(scratch, 'portal')], env());
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Components \(3\):\n {2}CONFIGURATION {2}buergerportal \(deploy\/docker-compose\.yml\)\n {17}hardening \d+\/100 LOW\n/);
    expect(result.stdout).toContain('  APPLICATION    Bürgerportal 1.0.0 (publiccode.yml)');
  });

  it('answers a missing directory with a usage error and exit 2', () => {
    const result = runCli(['catalogue', 'extract', join(scratch, 'missing')], env());
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/missing is not a directory/);
  });
});
