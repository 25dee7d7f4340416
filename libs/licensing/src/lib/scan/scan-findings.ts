import { LicenseFinding } from '../license-scan.types';
import { LicensePolicy, LicenseRule } from '../policy/license-policy';

/** A report must stay readable for a tree of 100,000 files: per rule, this many, then a count. */
const MAX_FINDINGS_PER_RULE = 50;

/** Findings of one scan, with the severity the policy gives each rule; rules set OFF vanish. */
export class ScanFindings {
  private readonly findings: LicenseFinding[] = [];
  private readonly perRule = new Map<LicenseRule, number>();

  constructor(private readonly policy: LicensePolicy) {}

  add(rule: LicenseRule, path: string | null, line: number | null, message: string): void {
    const severity = this.policy.rules[rule];
    if (severity === 'OFF') return;
    const count = (this.perRule.get(rule) ?? 0) + 1;
    this.perRule.set(rule, count);
    if (count <= MAX_FINDINGS_PER_RULE) this.findings.push({ rule, severity, path, line, message });
  }

  hasErrors(): boolean {
    return this.findings.some((finding) => finding.severity === 'ERROR');
  }

  list(): LicenseFinding[] {
    const omitted = [...this.perRule].filter(([, count]) => count > MAX_FINDINGS_PER_RULE);
    return [
      ...this.findings,
      ...omitted.map(([rule, count]) => ({
        rule,
        severity: this.policy.rules[rule] as LicenseFinding['severity'],
        path: null,
        line: null,
        message: `${count - MAX_FINDINGS_PER_RULE} more findings of this rule not listed`,
      })),
    ];
  }
}
