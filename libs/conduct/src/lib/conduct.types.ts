/**
 * The vocabulary of the code-of-conduct check, shared by the checker, the command line, the
 * worker and the GraphQL report. Like the license check it knows nothing of where a file came
 * from: callers hand over a {@link ConductTree}.
 */
import type { LicenseScanFile, LicenseStatus } from '@allmende/licensing';

export type ConductSeverity = 'ERROR' | 'WARNING' | 'INFO';

/** What an operator may set a rule to; OFF rules neither run nor report. */
export type ConductRuleSeverity = ConductSeverity | 'OFF';

/**
 * PASSED: no ERROR or WARNING finding (INFO findings are hints). FAILED: an ERROR finding, the
 * publisher must fix it. NEEDS_REVIEW: only WARNING findings, which a reviewer may waive.
 */
export type ConductStatus = 'PASSED' | 'FAILED' | 'NEEDS_REVIEW';

export interface ConductFinding {
  /** The id of the rule in `config/conduct-rules.yaml`, e.g. `security-contact`. */
  rule: string;
  severity: ConductSeverity;
  path: string | null;
  line: number | null;
  message: string;
}

/**
 * One file of the checked tree, as the license check reads it. `size` in bytes lets the
 * oversized-files rule judge files whose content the reader skipped; readers that know it
 * (the git tree, a directory listing) should set it.
 */
export interface ConductFile extends LicenseScanFile {
  size?: number;
}

export interface ConductTree {
  files: readonly ConductFile[];
  /** Set when the reader stopped early; the check says so in a finding. */
  truncated?: boolean;
}

/**
 * What the check learnt about the repository's content, for badges. `null` (or `not-checked`)
 * where the rule that would find out is OFF: a badge criterion is then missing, never assumed.
 */
export interface ConductFacts {
  license: { status: LicenseStatus; expression: string | null; reuseCompliant: boolean } | null;
  /** The security policy file and whether it names a way to reach the maintainers (found whatever the rules say). */
  securityPolicy: { path: string | null; contact: boolean };
  secrets: 'clean' | 'found' | 'not-checked';
  publiccode: 'valid' | 'invalid' | 'missing' | 'not-checked';
}

export interface ConductResult {
  status: ConductStatus;
  /** Capped per rule: beyond the cap one finding of the rule gives the number left out. */
  findings: ConductFinding[];
  facts: ConductFacts;
}
