import { LicenseExpressionTree } from '../declarations/spdx-expression.types';
import { isKnownExceptionId } from '../declarations/spdx-license-data';
import { LicenseStatus } from '../license-scan.types';
import { judgeLicense, LicensePolicy, RANK } from './license-policy';

const BY_RANK = Object.fromEntries(Object.entries(RANK).map(([status, rank]) => [rank, status])) as Record<number, LicenseStatus>;

/**
 * An expression under the policy: with AND every license must be acceptable, so the worst
 * part decides; with OR the recipient may pick, so the best part decides. An unknown
 * exception (`WITH`) needs a reviewer even when the license itself is allowed.
 */
export function judgeExpression(policy: LicensePolicy, tree: LicenseExpressionTree): LicenseStatus {
  if (tree.kind === 'license') {
    const status = judgeLicense(policy, tree.id);
    if (tree.exception && !isKnownExceptionId(tree.exception) && status === 'ALLOWED') return 'NEEDS_REVIEW';
    return status;
  }
  const left = RANK[judgeExpression(policy, tree.left)];
  const right = RANK[judgeExpression(policy, tree.right)];
  return BY_RANK[tree.kind === 'and' ? Math.max(left, right) : Math.min(left, right)];
}

export function worstStatus(...statuses: LicenseStatus[]): LicenseStatus {
  return BY_RANK[Math.max(...statuses.map((status) => RANK[status]))];
}

/** Every license id named in an expression, without `+` and exceptions. */
export function expressionLicenses(tree: LicenseExpressionTree): string[] {
  return tree.kind === 'license' ? [tree.id] : [...expressionLicenses(tree.left), ...expressionLicenses(tree.right)];
}
