import type { LicenseScanResult } from '@allmende/licensing';
import type { CheckRunOutcome } from '../check-run.store';

export interface LicenseVerdict {
  status: CheckRunOutcome['status'];
  /** One line for lists of check runs. */
  summary: string;
}

/**
 * The one place that turns the detector's status into the check run's status:
 *
 * | detector     | check run    | why                                                          |
 * | ALLOWED      | PASSED       |                                                              |
 * | DENIED       | FAILED       | the policy forbids it; a reviewer cannot approve it          |
 * | NEEDS_REVIEW | NEEDS_REVIEW | e.g. declared and detected license disagree                  |
 * | UNKNOWN      | NEEDS_REVIEW | license files exist but are not identified: a person can     |
 * | UNKNOWN      | FAILED       | no license at all: nobody may reuse the code, nothing to review |
 */
export function licenseVerdict(result: LicenseScanResult): LicenseVerdict {
  const expression = result.expression ?? 'unidentified license';
  const scope = result.truncated ? ' (scan truncated)' : '';
  switch (result.status) {
    case 'ALLOWED':
      return { status: 'PASSED', summary: `${expression}: allowed${scope}` };
    case 'DENIED':
      return { status: 'FAILED', summary: `${expression}: denied by the license policy${scope}` };
    case 'NEEDS_REVIEW':
      return { status: 'NEEDS_REVIEW', summary: `${expression}: needs review${reasonOf(result)}${scope}` };
    case 'UNKNOWN':
      return hasNoLicense(result)
        ? { status: 'FAILED', summary: `no license found${scope}` }
        : { status: 'NEEDS_REVIEW', summary: `license not identified: needs review${scope}` };
  }
}

/** Nothing in the tree says anything about licensing. */
export function hasNoLicense(result: LicenseScanResult): boolean {
  return result.files.length === 0 || result.findings.some((finding) => finding.rule === 'no-license');
}

function reasonOf(result: LicenseScanResult): string {
  const first = result.findings.find((finding) => finding.severity === 'ERROR') ?? result.findings.find((finding) => finding.severity === 'WARNING');
  return first ? ` (${first.rule})` : '';
}
