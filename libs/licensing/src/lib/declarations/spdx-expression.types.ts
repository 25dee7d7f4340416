/** A parsed SPDX license expression. `LicenseRef-…`/`DocumentRef-…` references are license leaves too. */
export type LicenseExpressionTree =
  | { kind: 'license'; id: string; plus: boolean; exception?: string }
  | { kind: 'and' | 'or'; left: LicenseExpressionTree; right: LicenseExpressionTree };

export interface ValidExpression {
  valid: true;
  /** Ids in their official case, operators upper-case, single spaces, parentheses only where needed. */
  expression: string;
  /** SPDX list ids in order of appearance, without a trailing `+`. */
  licenses: string[];
  exceptions: string[];
  /** Deprecated ids as used, `+` included (`GPL-2.0+`, `LGPL-2.1`). */
  deprecated: string[];
  /** `LicenseRef-…` and `DocumentRef-…:LicenseRef-…`. */
  references: string[];
  /** The expression with every deprecated id replaced by its successor; null when none is deprecated. */
  replacement: string | null;
  tree: LicenseExpressionTree;
}

export interface InvalidExpression {
  valid: false;
  reason: string;
  /** A valid expression the author probably meant; null when there is no safe guess. */
  suggestion: string | null;
}

export type ExpressionCheck = ValidExpression | InvalidExpression;
