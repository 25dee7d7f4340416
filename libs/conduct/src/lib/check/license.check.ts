import { LicensePolicy, LicenseScanResult, scanLicenses } from '@allmende/licensing';
import type { ConductFacts, ConductTree } from '../conduct.types';
import type { ConductRules } from '../rules/conduct-rule-definitions';
import type { ConductFindings } from './conduct-findings';

/**
 * The license rule asks the license check (same detector, same policy as the LICENSE check run)
 * and turns its status into one finding: the license check's own findings stay in its report,
 * so a publisher does not read them twice.
 */
export function checkLicense(tree: ConductTree, rules: ConductRules, policy: LicensePolicy, findings: ConductFindings): ConductFacts['license'] {
  const rule = rules.license;
  if (rule.severity === 'OFF') return null;
  const result = scanLicenses(tree, policy);
  const expression = result.expression ?? 'an unidentified license';
  const path = pathOf(result);
  switch (result.status) {
    case 'ALLOWED':
      break;
    case 'DENIED':
      findings.add('license', path, null, `the license policy denies ${expression}: publish under an allowed license (EUPL-1.2 is always allowed)${reasonOf(result)}`);
      break;
    case 'NEEDS_REVIEW':
      findings.add('license', path, null, `${expression} needs a reviewer's decision${reasonOf(result)}`, rule.options.review);
      break;
    case 'UNKNOWN':
      if (hasNoLicense(result)) {
        findings.add('license', null, null, 'no license found: add a LICENSE file with the full text of an allowed license (EUPL-1.2 is always allowed)');
      } else {
        findings.add('license', path, null, `${path ?? 'a license file'} matches no known license: a reviewer must read it`, rule.options.review);
      }
      break;
  }
  return { status: result.status, expression: result.expression, reuseCompliant: result.reuse.compliant };
}

/** Nothing in the tree speaks about licensing (as the LICENSE check run judges it). */
function hasNoLicense(result: LicenseScanResult): boolean {
  return result.files.length === 0 || result.findings.some((finding) => finding.rule === 'no-license');
}

/** The file the license check's first serious finding points to, else the first top-level license file. */
function pathOf(result: LicenseScanResult): string | null {
  const serious = result.findings.find((finding) => finding.path !== null && finding.severity !== 'INFO');
  return serious?.path ?? result.files.find((file) => !file.path.includes('/'))?.path ?? result.files[0]?.path ?? null;
}

function reasonOf(result: LicenseScanResult): string {
  const first = result.findings.find((finding) => finding.severity === 'ERROR') ?? result.findings.find((finding) => finding.severity === 'WARNING');
  return first ? ` (license check: ${first.message})` : '';
}
