import { clip } from '@allmende/util';
import type { Finding } from '../check-run.entity';

/** A run stores this many findings at most: hostile trees must not make rows of unbounded size. */
const MAX_FINDINGS = 500;

/** The findings a run keeps, each field clipped, with a last one counting those left out. */
export function boundedFindings(findings: readonly Finding[]): Finding[] {
  const kept: Finding[] = findings.slice(0, MAX_FINDINGS).map((finding) => ({
    rule: clip(finding.rule, 100),
    severity: finding.severity,
    path: finding.path === null ? null : clip(finding.path, 4096),
    line: finding.line,
    message: clip(finding.message, 2000),
  }));
  if (findings.length > MAX_FINDINGS) {
    kept.push({ rule: 'findings-truncated', severity: 'INFO', path: null, line: null, message: `${findings.length - MAX_FINDINGS} more findings not stored` });
  }
  return kept;
}
