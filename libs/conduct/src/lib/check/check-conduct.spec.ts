import { expectLinearGrowth } from '@allmende/testing';
import { check, compliantFiles, fakeCheckers, rulesOf, rulesWith, text } from './conduct-check.fixtures';

describe('checkConduct', () => {
  it('passes a repository that meets every rule, with the facts badges need', () => {
    const checkers = fakeCheckers();
    const result = check(compliantFiles(), { checkers });
    expect(result.findings).toEqual([]);
    expect(result.status).toBe('PASSED');
    expect(result.facts).toEqual({
      license: { status: 'ALLOWED', expression: 'MIT', reuseCompliant: false },
      securityPolicy: { path: 'SECURITY.md', contact: true },
      secrets: 'clean',
      publiccode: 'valid',
    });
    expect(checkers.validated).toEqual(['publiccodeYmlVersion: "0.4"\nname: Citizen portal\n']);
  });

  it('fails a repository missing files and holding a secret, each finding with rule, path and line', () => {
    const secret = { rule: 'secret-private-key' as const, path: 'deploy/id_rsa', line: 1, column: 1, fingerprint: 'f1a2b3', message: 'a private key is committed' };
    const files = compliantFiles().filter((file) => !['CODE_OF_CONDUCT.md', 'SECURITY.md'].includes(file.path));
    const result = check([...files, text('deploy/id_rsa', 'key material')], { checkers: fakeCheckers({ secrets: [secret] }) });
    expect(result.status).toBe('FAILED');
    expect(result.findings).toEqual([
      expect.objectContaining({ rule: 'code-of-conduct', severity: 'ERROR', path: null, line: null }),
      expect.objectContaining({ rule: 'security-policy', severity: 'ERROR', path: null, line: null }),
      { rule: 'secrets', severity: 'ERROR', path: 'deploy/id_rsa', line: 1, message: 'a private key is committed [secret-private-key, column 1, fingerprint f1a2b3]' },
    ]);
    expect(result.facts).toMatchObject({ secrets: 'found', securityPolicy: { path: null, contact: false } });
  });

  it('needs review when only warnings are found, and passes with INFO hints alone', () => {
    const withJar = check([...compliantFiles(), { path: 'lib/tool.jar', kind: 'binary' }]);
    expect(withJar.status).toBe('NEEDS_REVIEW');
    expect(rulesOf(withJar)).toEqual(['build-artefacts']);
    const noChangelog = check(compliantFiles().filter((file) => file.path !== 'CHANGELOG.md'));
    expect(noChangelog.findings).toEqual([expect.objectContaining({ rule: 'changelog', severity: 'INFO' })]);
    expect(noChangelog.status).toBe('PASSED');
  });

  it('fails when an ERROR comes with warnings', () => {
    const result = check([...compliantFiles().filter((file) => file.path !== 'README.md'), { path: 'a.exe', kind: 'binary' }]);
    expect(result.status).toBe('FAILED');
    expect(rulesOf(result)).toEqual(['readme', 'build-artefacts']);
  });

  it('says when the tree was cut short', () => {
    const result = check(compliantFiles(), { truncated: true });
    expect(result.findings).toEqual([expect.objectContaining({ rule: 'scan-truncated', severity: 'WARNING', path: null })]);
    expect(result.status).toBe('NEEDS_REVIEW');
  });

  it('runs no rule set OFF, and does not ask the injected checkers for those', () => {
    const checkers = fakeCheckers();
    const rules = rulesWith(['  license: {severity: OFF}', '  publiccode: {severity: OFF}', '  secrets: {severity: OFF}', '  readme: {severity: OFF}'].join('\n'));
    const result = check([text('x.txt', 'x')], { rules, checkers });
    expect(checkers.validated).toEqual([]);
    expect(checkers.scanned).toEqual([]);
    expect(rulesOf(result)).not.toEqual(expect.arrayContaining(['license', 'publiccode', 'secrets', 'readme']));
    expect(result.facts).toMatchObject({ license: null, publiccode: 'not-checked', secrets: 'not-checked' });
  });

  it('lists at most 50 findings per rule and counts the rest, keeping the worst severity', () => {
    const jars = Array.from({ length: 120 }, (_, index) => ({ path: `lib/dep-${index}.jar`, kind: 'binary' as const }));
    const result = check([...compliantFiles(), ...jars]);
    const artefacts = result.findings.filter((finding) => finding.rule === 'build-artefacts');
    expect(artefacts).toHaveLength(51);
    expect(artefacts[50]).toEqual({ rule: 'build-artefacts', severity: 'WARNING', path: null, line: null, message: '70 more findings of this rule not listed' });

    const results = [
      ...Array.from({ length: 60 }, (_, index) => ({ type: 'warning' as const, key: `k${index}`, line: index + 1, column: 1, description: 'deprecated' })),
      { type: 'error' as const, key: 'url', line: 99, column: 1, description: 'missing' },
    ];
    const validator = check(compliantFiles(), { checkers: fakeCheckers({ publiccode: { valid: false, results } }) });
    expect(validator.findings[validator.findings.length - 1]).toMatchObject({ rule: 'publiccode', severity: 'ERROR', message: '11 more findings of this rule not listed' });
    expect(validator.status).toBe('FAILED');
  });

  it('never crashes on hostile content: invalid UTF-8, huge files, odd kinds, empty trees; in time linear in their size', () => {
    const hostile = (size: number) => {
      const huge = 'x'.repeat(size);
      return [
        ...compliantFiles().filter((file) => !['README.md', 'SECURITY.md'].includes(file.path)),
        text('README.md', `\uFFFD\uFFFD${huge}`),
        text('dump.sql', `INSERT INTO t VALUES ('${'@'.repeat(size / 40)}');\n${huge}`),
        text('SECURITY.md', `${'@'.repeat(size / 20)} https://`),
        { path: 'big.iso', kind: 'too-large' as const },
        { path: 'link', kind: 'symlink' as const },
      ];
    };
    const result = expectLinearGrowth(hostile, check, { small: 512 * 1024, large: 4 * 1024 * 1024 });
    expect(rulesOf(result)).toEqual(['security-contact', 'oversized-files', 'readme-language']);
    expect(check([]).status).toBe('FAILED');
  });
});
