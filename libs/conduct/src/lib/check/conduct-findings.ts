import type { ConductFinding, ConductRuleSeverity, ConductSeverity, ConductStatus } from '../conduct.types';
import { CONDUCT_RULE_IDS, ConductRuleId, ConductRules } from '../rules/conduct-rule-definitions';

/** A report must stay readable for a tree of 100,000 files: per rule, this many, then a count. */
const MAX_FINDINGS_PER_RULE = 50;

const RANK: Readonly<Record<ConductSeverity, number>> = { INFO: 0, WARNING: 1, ERROR: 2 };

/** The findings of one check, each with its rule's severity (or the one given); OFF drops them. */
export class ConductFindings {
  private readonly listed = new Map<ConductRuleId, ConductFinding[]>();
  private readonly omitted = new Map<ConductRuleId, { count: number; severity: ConductSeverity }>();

  constructor(private readonly rules: ConductRules) {}

  add(rule: ConductRuleId, path: string | null, line: number | null, message: string, severity: ConductRuleSeverity = this.rules[rule].severity): void {
    if (severity === 'OFF') return;
    const listed = this.listed.get(rule) ?? [];
    this.listed.set(rule, listed);
    if (listed.length < MAX_FINDINGS_PER_RULE) {
      listed.push({ rule, severity, path, line, message });
      return;
    }
    const omitted = this.omitted.get(rule);
    this.omitted.set(rule, {
      count: (omitted?.count ?? 0) + 1,
      severity: omitted && RANK[omitted.severity] >= RANK[severity] ? omitted.severity : severity,
    });
  }

  /** In the order of the rules, each rule's findings in the order they were found. */
  list(): ConductFinding[] {
    return CONDUCT_RULE_IDS.flatMap((rule) => {
      const omitted = this.omitted.get(rule);
      const summary: ConductFinding[] = omitted
        ? [{ rule, severity: omitted.severity, path: null, line: null, message: `${omitted.count} more findings of this rule not listed` }]
        : [];
      return [...(this.listed.get(rule) ?? []), ...summary];
    });
  }
}

/** FAILED on any ERROR, NEEDS_REVIEW on WARNINGs alone; INFO findings are hints and pass. */
export function conductStatus(findings: readonly ConductFinding[]): ConductStatus {
  if (findings.some((finding) => finding.severity === 'ERROR')) return 'FAILED';
  if (findings.some((finding) => finding.severity === 'WARNING')) return 'NEEDS_REVIEW';
  return 'PASSED';
}
