import parseSpdx, { type SpdxNode } from 'spdx-expression-parse';
import { deprecatedReplacement, isDeprecatedUse } from './spdx-deprecated';
import type { ExpressionCheck, LicenseExpressionTree, ValidExpression } from './spdx-expression.types';
import { canonicalExceptionId, canonicalLicenseId } from './spdx-license-data';
import { suggestLicenseExpression } from './spdx-suggestion';

/** Longer values are not license expressions but pasted license texts or garbage. */
const MAX_EXPRESSION_LENGTH = 1000;
const OPERATORS: ReadonlyMap<string, string> = new Map(['AND', 'OR', 'WITH'].flatMap((op) => [[op, op], [op.toLowerCase(), op]] as const));
const IDSTRING = /^[A-Za-z0-9.-]+$/;
const REFERENCE = /^(?:documentref-([A-Za-z0-9.-]+):)?licenseref-([A-Za-z0-9.-]+)$/i;

type Canonicalised = { tokens: string[] } | { error: string };

/**
 * Checks an SPDX license expression (SPDX 2.3 Annex D). Ids are matched case-insensitively and
 * come back in their official case; operators may be all upper or all lower case. Anything else
 * is invalid: near-misses such as `Apache 2` get a `suggestion`, never a silent correction.
 */
export function checkLicenseExpression(raw: string): ExpressionCheck {
  const result = analyse(raw);
  if (result.valid) return result;
  const candidate = typeof raw === 'string' && raw.length <= MAX_EXPRESSION_LENGTH ? suggestLicenseExpression(raw) : null;
  const verified = candidate === null ? null : analyse(candidate);
  return { ...result, suggestion: verified?.valid ? verified.expression : null };
}

/** The AND/OR tree of a valid expression, or null. */
export function parseLicenseExpressionTree(raw: string): LicenseExpressionTree | null {
  const result = analyse(raw);
  return result.valid ? result.tree : null;
}

function analyse(raw: string): ExpressionCheck {
  if (typeof raw !== 'string' || raw.trim() === '') return invalid('the expression is empty');
  if (raw.length > MAX_EXPRESSION_LENGTH) return invalid(`the expression is longer than ${MAX_EXPRESSION_LENGTH} characters`);
  const canonical = canonicalise(raw);
  if ('error' in canonical) return invalid(canonical.error);
  let tree: LicenseExpressionTree;
  try {
    tree = toTree(parseSpdx(canonical.tokens.join(' ')));
  } catch (error) {
    // The parser walks off the end of an unfinished expression with a TypeError.
    const detail = error instanceof TypeError || !(error instanceof Error) || !error.message ? 'incomplete expression' : error.message;
    return invalid(`not a valid SPDX license expression (${detail})`);
  }
  return describe(tree);
}

function invalid(reason: string): ExpressionCheck {
  return { valid: false, reason, suggestion: null };
}

function canonicalise(raw: string): Canonicalised {
  const words = raw.match(/[()]|[^\s()]+/g) ?? [];
  const tokens: string[] = [];
  for (const word of words) {
    const token = canonicalToken(word, tokens[tokens.length - 1]);
    if (token.startsWith('!')) return { error: token.slice(1) };
    tokens.push(token);
  }
  return { tokens };
}

/** The canonical spelling of one token, or `!reason`. */
function canonicalToken(word: string, previous: string | undefined): string {
  if (word === '(' || word === ')') return word;
  const operator = OPERATORS.get(word);
  if (operator) return operator;
  if (OPERATORS.has(word.toUpperCase())) return `!the operator \`${word}\` must be written in upper case (${word.toUpperCase()})`;
  const reference = REFERENCE.exec(word);
  if (reference) return reference[1] ? `DocumentRef-${reference[1]}:LicenseRef-${reference[2]}` : `LicenseRef-${reference[2]}`;
  const plus = word.endsWith('+');
  const id = plus ? word.slice(0, -1) : word;
  if (!IDSTRING.test(id)) return `!unexpected characters in \`${word}\``;
  if (previous === 'WITH') return canonicalExceptionId(word) ?? `!unknown license exception \`${word}\``;
  const license = canonicalLicenseId(id);
  if (license) return plus ? `${license}+` : license;
  if (canonicalExceptionId(word)) return `!the exception \`${word}\` must follow WITH`;
  return `!unknown license identifier \`${word}\``;
}

function toTree(node: SpdxNode): LicenseExpressionTree {
  if ('conjunction' in node) return { kind: node.conjunction, left: toTree(node.left), right: toTree(node.right) };
  return { kind: 'license', id: node.license, plus: node.plus === true, ...(node.exception ? { exception: node.exception } : {}) };
}

function describe(tree: LicenseExpressionTree): ValidExpression {
  const leaves = leavesOf(tree);
  const refs = leaves.filter((leaf) => isReference(leaf.id));
  const ids = leaves.filter((leaf) => !isReference(leaf.id));
  const deprecated = ids.filter((leaf) => isDeprecatedUse(leaf.id, leaf.plus)).map((leaf) => leaf.id + (leaf.plus ? '+' : ''));
  return {
    valid: true,
    expression: render(tree, false),
    licenses: unique(ids.map((leaf) => leaf.id)),
    exceptions: unique(leaves.flatMap((leaf) => (leaf.exception ? [leaf.exception] : []))),
    deprecated: unique(deprecated),
    references: unique(refs.map((leaf) => leaf.id)),
    replacement: deprecated.length > 0 ? render(tree, true) : null,
    tree,
  };
}

type Leaf = Extract<LicenseExpressionTree, { kind: 'license' }>;

function leavesOf(tree: LicenseExpressionTree): Leaf[] {
  return tree.kind === 'license' ? [tree] : [...leavesOf(tree.left), ...leavesOf(tree.right)];
}

/** OR binds loosest and both operators are associative, so only an OR inside an AND needs parentheses. */
function render(tree: LicenseExpressionTree, modernise: boolean): string {
  if (tree.kind === 'license') return renderLeaf(tree, modernise);
  const side = (child: LicenseExpressionTree): string => {
    const text = render(child, modernise);
    return tree.kind === 'and' && child.kind === 'or' ? `(${text})` : text;
  };
  return `${side(tree.left)} ${tree.kind.toUpperCase()} ${side(tree.right)}`;
}

function renderLeaf(leaf: Leaf, modernise: boolean): string {
  const written = leaf.id + (leaf.plus ? '+' : '');
  const successor = modernise ? deprecatedReplacement(written) : null;
  const license = successor !== null && !(leaf.exception && successor.includes(' WITH ')) ? successor : written;
  return leaf.exception ? `${license} WITH ${leaf.exception}` : license;
}

function isReference(id: string): boolean {
  return id.startsWith('LicenseRef-') || id.startsWith('DocumentRef-');
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
