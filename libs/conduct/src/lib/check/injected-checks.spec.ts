import { check, compliantFiles, fakeCheckers, repository, rulesOf, rulesWith, text } from './conduct-check.fixtures';

describe('the publiccode rule', () => {
  const invalid = {
    valid: false,
    results: [
      { type: 'error' as const, key: 'url', line: 3, column: 1, description: 'must be a URL' },
      { type: 'error' as const, key: '', line: null, column: null, description: 'the file is empty' },
      { type: 'warning' as const, key: 'legal.authorsFile', line: 9, column: 3, description: 'is deprecated' },
    ],
  };

  it('turns each validator error into a finding with key and line, and warnings into WARNINGs', () => {
    const result = check(compliantFiles(), { checkers: fakeCheckers({ publiccode: invalid }) });
    expect(result.findings).toEqual([
      { rule: 'publiccode', severity: 'ERROR', path: 'publiccode.yml', line: 3, message: 'url: must be a URL' },
      { rule: 'publiccode', severity: 'ERROR', path: 'publiccode.yml', line: null, message: 'the file is empty' },
      { rule: 'publiccode', severity: 'WARNING', path: 'publiccode.yml', line: 9, message: 'legal.authorsFile: is deprecated' },
    ]);
    expect(result.facts.publiccode).toBe('invalid');
  });

  it('passes a valid file with warnings as needing review, or as passed when warnings are OFF', () => {
    const warned = { valid: true, results: [invalid.results[2]] };
    const result = check(compliantFiles(), { checkers: fakeCheckers({ publiccode: warned }) });
    expect(result.status).toBe('NEEDS_REVIEW');
    expect(result.facts.publiccode).toBe('valid');
    const quiet = check(compliantFiles(), { checkers: fakeCheckers({ publiccode: warned }), rules: rulesWith('  publiccode: {options: {warnings: OFF}}') });
    expect(quiet.status).toBe('PASSED');
  });

  it('reports an invalid verdict even when the validator lists no error', () => {
    const result = check(compliantFiles(), { checkers: fakeCheckers({ publiccode: { valid: false, results: [] } }) });
    expect(result.findings).toEqual([expect.objectContaining({ rule: 'publiccode', severity: 'ERROR', message: 'publiccode.yml is not valid' })]);
  });

  it('requires the file unless the operator says otherwise', () => {
    const result = check(repository(['publiccode.yml']));
    expect(result.findings).toEqual([expect.objectContaining({ rule: 'publiccode', severity: 'ERROR', path: null, message: expect.stringMatching(/^no publiccode.yml at the top/) })]);
    expect(result.facts.publiccode).toBe('missing');
    expect(check(repository(['publiccode.yml']), { rules: rulesWith('  publiccode: {options: {required: false}}') }).findings).toEqual([]);
  });

  it('names a file under another name or in another place, and does not validate it', () => {
    const checkers = fakeCheckers();
    const result = check(repository(['publiccode.yml'], text('publiccode.yaml', 'name: x'), text('docs/publiccode.yml', 'name: x')), { checkers });
    expect(result.findings).toEqual([expect.objectContaining({ rule: 'publiccode', path: 'publiccode.yaml', message: expect.stringContaining('must be named publiccode.yml') })]);
    expect(checkers.validated).toEqual([]);
  });

  it('reports a file it cannot read', () => {
    const result = check(repository(['publiccode.yml'], { path: 'publiccode.yml', kind: 'too-large', size: 2_000_000 }));
    expect(result.findings).toEqual([expect.objectContaining({ rule: 'publiccode', path: 'publiccode.yml', message: 'publiccode.yml cannot be validated: it is larger than the check reads' })]);
    expect(result.facts.publiccode).toBe('invalid');
  });
});

describe('the secrets rule', () => {
  const finding = { rule: 'secret-aws-access-key' as const, path: 'config/prod.env', line: 4, column: 12, fingerprint: '9c1e7a', message: 'an AWS access key id is committed' };

  it('hands every text file to the scanner, with the allow-lists of the rule', () => {
    const checkers = fakeCheckers();
    const rules = rulesWith('  secrets: {options: {allowPaths: [test/fixtures/**], allowFingerprints: [abc], entropyThreshold: 4.2}}');
    check(repository([], { path: 'bin/tool', kind: 'binary' }, { path: 'link', kind: 'symlink' }), { checkers, rules });
    expect(checkers.scanned).toHaveLength(1);
    expect(checkers.scanned[0].paths).toEqual(compliantFiles().filter((file) => file.kind === 'text').map((file) => file.path));
    expect(checkers.scanned[0].options).toEqual({ allowPaths: ['test/fixtures/**'], allowFingerprints: ['abc'], entropyThreshold: 4.2 });
  });

  it('leaves the scanner its defaults when the rule sets none', () => {
    const checkers = fakeCheckers();
    check(compliantFiles(), { checkers });
    expect(checkers.scanned[0].options).toEqual({ allowPaths: [], allowFingerprints: [] });
  });

  it('makes each scanner finding a finding of the rule with path, line and fingerprint', () => {
    const result = check(compliantFiles(), { checkers: fakeCheckers({ secrets: [finding, { ...finding, line: 9, fingerprint: '11aa22' }] }) });
    expect(result.findings).toEqual([
      { rule: 'secrets', severity: 'ERROR', path: 'config/prod.env', line: 4, message: 'an AWS access key id is committed [secret-aws-access-key, column 12, fingerprint 9c1e7a]' },
      expect.objectContaining({ line: 9, message: expect.stringContaining('fingerprint 11aa22') }),
    ]);
    expect(result.status).toBe('FAILED');
    expect(result.facts.secrets).toBe('found');
  });

  it('follows the operator\'s severity', () => {
    const result = check(compliantFiles(), { checkers: fakeCheckers({ secrets: [finding] }), rules: rulesWith('  secrets: {severity: WARNING}') });
    expect(result.status).toBe('NEEDS_REVIEW');
    expect(rulesOf(result)).toEqual(['secrets']);
  });
});
