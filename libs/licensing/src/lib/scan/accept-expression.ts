import { ExpressionCheck } from '../declarations/spdx-expression.types';
import { ScanFindings } from './scan-findings';

/** The canonical expression, or null after reporting why it cannot be used. */
export function acceptExpression(check: ExpressionCheck, raw: string, path: string, line: number | null, findings: ScanFindings): string | null {
  if (!check.valid) {
    const hint = check.suggestion ? `; did you mean "${check.suggestion}"?` : '';
    findings.add('invalid-license-expression', path, line, `"${raw.slice(0, 200)}" is not a valid SPDX license expression (${check.reason})${hint}`);
    return null;
  }
  if (check.deprecated.length > 0) {
    const replacement = check.replacement ? `; use "${check.replacement}"` : '';
    findings.add('deprecated-license-id', path, line, `${check.deprecated.join(', ')} ${check.deprecated.length > 1 ? 'are' : 'is'} deprecated on the SPDX list${replacement}`);
  }
  return check.expression;
}
