import type { ConductFinding, ConductSeverity } from '../conduct.types';
import { ConductFindings, conductStatus } from './conduct-findings';
import { rulesWith } from './conduct-check.fixtures';

const finding = (severity: ConductSeverity): ConductFinding => ({ rule: 'readme', severity, path: null, line: null, message: '' });

describe('conduct findings', () => {
  it.each([
    [[], 'PASSED'],
    [['INFO'], 'PASSED'],
    [['INFO', 'WARNING'], 'NEEDS_REVIEW'],
    [['WARNING', 'WARNING'], 'NEEDS_REVIEW'],
    [['WARNING', 'ERROR', 'INFO'], 'FAILED'],
    [['ERROR'], 'FAILED'],
  ] as const)('%p add up to %s', (severities, status) => {
    expect(conductStatus(severities.map(finding))).toBe(status);
  });

  it('give each finding its rule\'s severity, or the one asked for, and drop OFF', () => {
    const findings = new ConductFindings(rulesWith('  changelog: {severity: OFF}'));
    findings.add('changelog', null, null, 'dropped');
    findings.add('readme', 'README.md', 2, 'rule severity');
    findings.add('publiccode', 'publiccode.yml', 3, 'a warning', 'WARNING');
    findings.add('publiccode', 'publiccode.yml', 4, 'warnings are OFF', 'OFF');
    expect(findings.list()).toEqual([
      { rule: 'readme', severity: 'ERROR', path: 'README.md', line: 2, message: 'rule severity' },
      { rule: 'publiccode', severity: 'WARNING', path: 'publiccode.yml', line: 3, message: 'a warning' },
    ]);
  });

  it('list findings in the order of the rules whatever the order they were found in', () => {
    const findings = new ConductFindings(rulesWith(''));
    findings.add('scan-truncated', null, null, 'c');
    findings.add('license', null, null, 'a');
    findings.add('secrets', 'x', 1, 'b');
    expect(findings.list().map((entry) => entry.message)).toEqual(['a', 'b', 'c']);
  });
});
