import { LineCounter, parseAllDocuments, visit, type Document } from 'yaml';
import { exceedsNestingWhileLexing, MAX_ALIASES, MAX_NESTING, shapeProblem } from './yaml-limits';

export interface UntrustedYamlOptions {
  /** `<<: *defaults` merge keys, which Compose files use although YAML 1.2 dropped them. */
  merge?: boolean;
  /** Numbers as written (`softwareVersion: 1.10` is `'1.10'`, not 1.1), for files where numbers are really names. */
  numbersAsText?: boolean;
}

export type UntrustedYaml = { ok: true; value: unknown } | { ok: false; message: string; line: number | null };

/**
 * One YAML 1.2 document from untrusted text as plain data (so `yes` stays a string), or why not,
 * with the line when the problem has one. Nesting is bounded before the parser recurses, aliases
 * before anything expands them; duplicate keys, several documents and syntax errors are refused.
 * Callers still check every value's type: the result is `unknown` for a reason.
 */
export function parseUntrustedYaml(text: string, options: UntrustedYamlOptions = {}): UntrustedYaml {
  const source = text.replace(/^\uFEFF/, '');
  if (exceedsNestingWhileLexing(source)) return refused(`the YAML is nested deeper than ${MAX_NESTING} levels`);
  const lineCounter = new LineCounter();
  let documents: Document.Parsed[];
  try {
    documents = parseAllDocuments(source, { version: '1.2', merge: options.merge === true, uniqueKeys: true, prettyErrors: false, logLevel: 'error', lineCounter }) as Document.Parsed[];
  } catch (error) {
    return refused(`the YAML could not be parsed: ${messageOf(error)}`);
  }
  if (documents.length > 1) return refused('several YAML documents in one file are not supported');
  const [document] = documents;
  if (document === undefined) return { ok: true, value: null };
  const [error] = document.errors;
  if (error) return { ok: false, message: firstLine(error.message), line: lineCounter.linePos(error.pos[0]).line };
  const problem = shapeProblem(document);
  if (problem) return refused(problem);
  if (options.numbersAsText) keepNumbersAsWritten(document);
  try {
    return { ok: true, value: document.toJS({ maxAliasCount: MAX_ALIASES }) };
  } catch (error) {
    return refused(`the YAML could not be read: ${messageOf(error)}`);
  }
}

/** Only after shapeProblem: visiting recurses, and the depth is bounded by then. */
function keepNumbersAsWritten(document: Document.Parsed): void {
  visit(document, {
    Scalar(_key, node) {
      if (typeof node.value === 'number' && typeof node.source === 'string') node.value = node.source;
    },
  });
}

function refused(message: string): UntrustedYaml {
  return { ok: false, message, line: null };
}

function messageOf(error: unknown): string {
  return firstLine(error instanceof Error ? error.message : String(error));
}

/** The parser appends the offending source after the message; findings show the message alone. */
function firstLine(message: string): string {
  return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '').trim();
}
