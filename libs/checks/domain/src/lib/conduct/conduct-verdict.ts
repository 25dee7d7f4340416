import type { ConductResult } from '@allmende/conduct';

/** The run's one-line summary: what a publisher sees first in the list of checks. */
export function conductSummary(result: ConductResult): string {
  const count = (severity: string) => result.findings.filter((finding) => finding.severity === severity).length;
  const errors = count('ERROR');
  const warnings = count('WARNING');
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  switch (result.status) {
    case 'PASSED':
      return 'code of conduct met';
    case 'FAILED':
      return `code of conduct not met: ${plural(errors, 'error')}${warnings ? `, ${plural(warnings, 'warning')}` : ''}`;
    case 'NEEDS_REVIEW':
      return `needs review: ${plural(warnings, 'warning')} a reviewer may waive`;
  }
}
