import type { LicenseScanResult } from '@allmende/licensing';
import { licenseVerdict } from './license-verdict';

function result(overrides: Partial<LicenseScanResult>): LicenseScanResult {
  return {
    expression: 'MIT',
    status: 'ALLOWED',
    outbound: [],
    files: [{ path: 'LICENSE', spdxId: 'MIT', confidence: 100, method: 'EXACT' }],
    findings: [],
    reuse: { compliant: false, used: false, files: [] },
    truncated: false,
    ...overrides,
  };
}

describe('licenseVerdict', () => {
  it('passes an allowed license and fails a denied one', () => {
    expect(licenseVerdict(result({}))).toEqual({ status: 'PASSED', summary: 'MIT: allowed' });
    expect(licenseVerdict(result({ expression: 'SSPL-1.0', status: 'DENIED' }))).toEqual({ status: 'FAILED', summary: 'SSPL-1.0: denied by the license policy' });
  });

  it('sends NEEDS_REVIEW to review, naming the first serious finding', () => {
    const verdict = licenseVerdict(
      result({
        status: 'NEEDS_REVIEW',
        findings: [
          { rule: 'reuse-missing-license', severity: 'INFO', path: null, line: null, message: 'x' },
          { rule: 'declared-license-mismatch', severity: 'ERROR', path: 'package.json', line: 3, message: 'y' },
        ],
      }),
    );
    expect(verdict).toEqual({ status: 'NEEDS_REVIEW', summary: 'MIT: needs review (declared-license-mismatch)' });
  });

  it('fails a tree without any license, but lets a person look at an unidentified one', () => {
    expect(licenseVerdict(result({ expression: null, status: 'UNKNOWN', files: [] }))).toEqual({ status: 'FAILED', summary: 'no license found' });
    const unidentified = result({ expression: null, status: 'UNKNOWN', files: [{ path: 'LICENSE', spdxId: 'LicenseRef-unknown', confidence: 40, method: 'DICE' }] });
    expect(licenseVerdict(unidentified)).toEqual({ status: 'NEEDS_REVIEW', summary: 'license not identified: needs review' });
  });

  it('says when the scan was truncated', () => {
    expect(licenseVerdict(result({ truncated: true })).summary).toBe('MIT: allowed (scan truncated)');
  });
});
