import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { COMPLIANT, SPDX_TEXTS } from './support/conduct-fixtures';
import { buildOnce, runCli } from './support/platform-process';
import { writeTree } from './support/publisher-session';

/** `conduct check DIR`: the built command line, with the real validator and scanner and no server. */
describe('conduct check on the command line', () => {
  let scratch: string;
  const env = () => ({ DATA_DIR: join(scratch, 'never-created') });

  const project = (name: string, files: Record<string, string>) => writeTree(join(scratch, name), files);

  beforeAll(() => {
    buildOnce();
    scratch = mkdtempSync(join(tmpdir(), 'allmende-conduct-cli-'));
  });
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('passes a compliant project and exits 0', () => {
    const result = runCli(['conduct', 'check', project('portal', COMPLIANT), '--json'], env());
    expect(result).toMatchObject({ status: 0, stderr: '' });
    const report = JSON.parse(result.stdout);
    expect(report.status).toBe('PASSED');
    expect(report.findings.filter((finding: { severity: string }) => finding.severity !== 'INFO')).toEqual([]);
  });

  it('fails a project with a committed token and an invalid publiccode.yml, and exits 1', () => {
    const token = ['gl', 'pat-', 'Zq7Xk2Lm9Np4Rt6Vw8Yb'].join('');
    const root = project('leak', { ...COMPLIANT, LICENSE: SPDX_TEXTS.MIT.licenseText, 'publiccode.yml': 'publiccodeYmlVersion: "0"\nname: x\n', 'deploy/ci.yml': `token: ${token}\n` });
    const result = runCli(['conduct', 'check', root, '--json'], env());
    expect(result.status).toBe(1);
    const findings: { rule: string; path: string | null; line: number | null; message: string }[] = JSON.parse(result.stdout).findings;
    expect(findings).toEqual(expect.arrayContaining([expect.objectContaining({ rule: 'secrets', path: 'deploy/ci.yml', line: 1 }), expect.objectContaining({ rule: 'publiccode', path: 'publiccode.yml' })]));
    expect(result.stdout).not.toContain(token);
  });

  it('answers a missing directory with a usage error and exit 2', () => {
    const result = runCli(['conduct', 'check', join(scratch, 'missing')], env());
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/missing/);
  });
});
