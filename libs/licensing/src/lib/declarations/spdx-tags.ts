import { checkLicenseExpression } from './spdx-expression';
import type { ExpressionCheck } from './spdx-expression.types';

export interface SpdxLicenseTag {
  /** The tag's value as written, comment markers removed. */
  expression: string;
  /** 1-based. */
  line: number;
  check: ExpressionCheck;
  /** Inside an `SPDX-SnippetBegin`/`SPDX-SnippetEnd` block: licenses a part of the file only. */
  snippet: boolean;
}

export interface CopyrightNotice {
  text: string;
  line: number;
}

export interface SpdxTags {
  licenses: SpdxLicenseTag[];
  copyrights: CopyrightNotice[];
}

/** A file with more tags than this is a tag list or a test fixture, not a header. */
const MAX_TAGS = 200;
/** Minified code and data blobs: no header lives on lines this long. */
const MAX_LINE_LENGTH = 4000;

/**
 * What may stand before a tag on its line: whitespace, the characters comment syntaxes are made
 * of (`//`, `#`, `/*`, ` * `, `<!--`, `--`, `;`, `%`, `{-`, `..`, `(*`, `'`) and the comment
 * words of batch files, m4 and Fortran. Letters are excluded so a tag inside code
 * (`if (line.startsWith("SPDX-License-Identifier: "))`) is not read as one. Each alternative
 * starts with a different kind of character, which keeps the match linear.
 */
const PREFIX = String.raw`(?:[\s/*#;%!<>{}()\-'"|.\\@=:\[\]?~\`,+]|(?:REM|Rem|rem|dnl|comment|c|C)(?=\s))*`;
const LICENSE_TAG = new RegExp(`^${PREFIX}SPDX-License-Identifier:(.*)$`);
const COPYRIGHT_TAG = new RegExp(`^${PREFIX}SPDX-(?:File|Snippet)CopyrightText:(.*)$`);
/** REUSE 3.3, "Format of Copyright Notices": `Copyright` or `©`; the REUSE Tool also takes `(C)`, here only before a year. */
const COPYRIGHT_LINE = new RegExp(String.raw`^${PREFIX}((?:Copyright|COPYRIGHT)(?:[\s:]|\([Cc]\)|©).*\S.*|©.*\S.*|\([Cc]\)\s*\d{4}.*)$`);
/** Closing comment markers and string delimiters that may follow a value on its line. */
const TRAILER = /\s*(?:\*\/|-->|--!>|-}|\*\)|#}|%>|\?>|\]\]|"""|'''|["',;]|\\n)$/;

/**
 * Reads the SPDX and copyright tags of a file (REUSE 3.3, "Comment headers"), in any comment
 * syntax. Between `REUSE-IgnoreStart` and `REUSE-IgnoreEnd` nothing is read. A license tag
 * without a value is no tag; one whose value does not parse is returned with an invalid
 * `check`, for the caller to report rather than use.
 */
export function readSpdxTags(text: string): SpdxTags {
  const tags: SpdxTags = { licenses: [], copyrights: [] };
  if (typeof text !== 'string') return tags;
  let ignoring = false;
  let snippet = false;
  const lines = text.split(/\r\n|\r|\n/);
  for (let index = 0; index < lines.length && tags.licenses.length + tags.copyrights.length < MAX_TAGS; index++) {
    const line = lines[index];
    if (line.length > MAX_LINE_LENGTH) continue;
    if (line.includes('REUSE-IgnoreStart')) ignoring = true;
    if (line.includes('REUSE-IgnoreEnd')) ignoring = false;
    if (ignoring || line.includes('REUSE-IgnoreEnd')) continue;
    if (line.includes('SPDX-SnippetBegin')) snippet = true;
    if (line.includes('SPDX-SnippetEnd')) snippet = false;
    readLine(line, index + 1, snippet, tags);
  }
  return tags;
}

function readLine(line: string, number: number, snippet: boolean, tags: SpdxTags): void {
  const license = LICENSE_TAG.exec(line);
  if (license) {
    const expression = cleanValue(license[1]);
    if (expression !== '') tags.licenses.push({ expression, line: number, check: checkLicenseExpression(expression), snippet });
    return;
  }
  const copyright = COPYRIGHT_TAG.exec(line) ?? COPYRIGHT_LINE.exec(line);
  if (copyright) {
    const notice = cleanValue(copyright[1]);
    if (notice !== '') tags.copyrights.push({ text: notice, line: number });
  }
}

function cleanValue(value: string): string {
  let text = value.trim();
  for (let previous = ''; previous !== text; ) {
    previous = text;
    text = text.replace(TRAILER, '').trim();
  }
  return text;
}
