import { checkLicenseExpression } from '../declarations/spdx-expression';

/**
 * License notices: the sentence a file header or a README uses to say which license applies
 * ("Licensed under the Apache License, Version 2.0", "under the terms of the GNU General Public
 * License ... either version 3 of the License, or (at your option) any later version"). They
 * name a license without quoting it, so they are read by name and version, not by similarity.
 */
export interface LicenseNotice {
  expression: string;
  /** 1-based line of the text where the first license is named. */
  line: number;
}

/**
 * `header`: a license name counts only after wording that applies it ("under", "subject to",
 * "governed by"), so a comment that merely mentions the GPL is no notice. `license-section`:
 * the README's License section, where a bare name or SPDX expression is the statement.
 */
export type NoticeContext = 'header' | 'license-section';

/** Headers are short; a notice further down is code or a string, not the file's own terms. */
export const NOTICE_SCAN_CHARS = 4096;
/** How far after a license's name its version may stand ("as published by ..., either version 3"). */
const VERSION_WINDOW = 160;
/** How far before a license's name the wording that applies it may stand. */
const APPLYING_WINDOW = 100;
const APPLYING_WORDING = /\b(?:under|subject to|governed by|covered by|licensed|released|distributed|available)\b/;
const HINT = /licen[cs]|\bunder\b|public domain/i;

interface LicenseFamily {
  name: RegExp;
  /** The SPDX id for a version ('' when the name carries none); null when unknown. */
  id(version: string, orLater: boolean, name: RegExpExecArray): string | null;
  /** The id needs a version; a name without one ("the GPL") names no single license. */
  versioned: boolean;
}

const gnu = (prefix: string) => (version: string, orLater: boolean) => `${prefix}-${version}-${orLater ? 'or-later' : 'only'}`;
const plain = (prefix: string) => (version: string) => `${prefix}-${version}`;

/** Longer names first: "GNU Lesser General Public License" must not be read as the GPL. */
const FAMILIES: readonly LicenseFamily[] = [
  { name: /\bgnu affero general public license\b|\bagpl\b/g, id: gnu('AGPL'), versioned: true },
  { name: /\bgnu (?:lesser|library) general public license\b|\blgpl\b/g, id: gnu('LGPL'), versioned: true },
  { name: /\bgnu general public license\b|\bgnu gpl\b|\bgpl\b/g, id: gnu('GPL'), versioned: true },
  { name: /\bgnu free documentation license\b|\bgfdl\b/g, id: gnu('GFDL'), versioned: true },
  { name: /\bapache (?:software )?license\b/g, id: plain('Apache'), versioned: true },
  { name: /\bmozilla public license\b/g, id: plain('MPL'), versioned: true },
  { name: /\beclipse public license\b/g, id: plain('EPL'), versioned: true },
  { name: /\beuropean union public license\b|\beupl\b/g, id: plain('EUPL'), versioned: true },
  { name: /\bcommon development and distribution license\b|\bcddl\b/g, id: plain('CDDL'), versioned: true },
  { name: /\bartistic license\b/g, id: plain('Artistic'), versioned: true },
  { name: /\bboost software license\b/g, id: () => 'BSL-1.0', versioned: false },
  { name: /\bmit license\b|\bmit[- ]licensed\b|\bexpat license\b/g, id: () => 'MIT', versioned: false },
  { name: /\bisc license\b/g, id: () => 'ISC', versioned: false },
  { name: /\bzlib license\b/g, id: () => 'Zlib', versioned: false },
  { name: /\bthe unlicense\b/g, id: () => 'Unlicense', versioned: false },
  { name: /\b(?:new |revised |modified |simplified )?bsd ([0-4])[- ]clause\b|\b([0-4])[- ]clause bsd\b/g, id: (_v, _l, name) => bsd(name[1] ?? name[2]), versioned: false },
  { name: /\bcc0\b|\bcreative commons zero\b/g, id: () => 'CC0-1.0', versioned: false },
  {
    name: /\bcreative commons (attribution(?:[- ]non-?commercial)?(?:[- ](?:share-? ?alike|no-?derivatives|no-?derivs))?)\b|\bcc[- ]by((?:-nc)?(?:-sa|-nd)?)\b/g,
    id: (version, _orLater, name) => creativeCommons(name[1] ?? `by${name[2]}`, version),
    versioned: true,
  },
  // "Licensed under Apache-2.0", "released under MIT": an SPDX id where the name would stand.
  { name: /(?<=\bunder (?:the )?)[a-z0-9][a-z0-9.+-]*[a-z0-9+]/g, id: (_v, _l, name) => name[0], versioned: false },
];

/**
 * The license a notice names, as an SPDX expression. Several licenses joined by "or" (Rust's
 * "Apache License, Version 2.0 or the MIT license, at your option") give a choice, otherwise
 * all apply. Null when no license is named unambiguously.
 */
export function identifyLicenseNotice(text: string, context: NoticeContext = 'header'): LicenseNotice | null {
  const head = text.slice(0, NOTICE_SCAN_CHARS);
  if (context === 'header' && !HINT.test(head)) return null;
  const { flat, lineAt } = flatten(head);
  if (context === 'license-section') {
    const statement = checkLicenseExpression(flat.replace(/^(?:licen[cs]e:?\s*)/, '').replace(/\.$/, ''));
    if (statement.valid && statement.expression) return { expression: statement.expression, line: 1 };
  }
  const named = namedLicenses(flat, context);
  if (named.length === 0) return null;
  let expression = named[0].id;
  for (let index = 1; index < named.length; index++) {
    const between = flat.slice(named[index - 1].end, named[index].start);
    expression += /\bor\b/.test(between) ? ` OR ${named[index].id}` : ` AND ${named[index].id}`;
  }
  const check = checkLicenseExpression(expression);
  return check.valid && check.expression ? { expression: check.expression, line: lineAt(named[0].start) } : null;
}

interface NamedLicense {
  id: string;
  start: number;
  end: number;
}

function namedLicenses(flat: string, context: NoticeContext): NamedLicense[] {
  const candidates: (NamedLicense & { applied: boolean })[] = [];
  for (const family of FAMILIES) {
    family.name.lastIndex = 0;
    for (let match = family.name.exec(flat); match; match = family.name.exec(flat)) {
      const start = match.index;
      const end = start + match[0].length;
      // An earlier family's longer name ("GNU Lesser General Public License") holds this place.
      if (candidates.some((named) => start < named.end && end > named.start)) continue;
      // The sentence after the name; "v. 2.0" does not end it.
      const after = flat.slice(end, end + VERSION_WINDOW).split(/(?<!\bv)\.\s/)[0];
      const version = family.versioned ? versionIn(after) : '';
      const id = family.versioned && !version ? null : spdxId(family.id(version, orLaterIn(after), match));
      const applied = context === 'license-section' || APPLYING_WORDING.test(flat.slice(Math.max(0, start - APPLYING_WINDOW), start));
      candidates.push({ id: id ?? '', start, end, applied });
    }
  }
  candidates.sort((a, b) => a.start - b.start);
  const found: NamedLicense[] = [];
  for (const candidate of candidates) {
    const previous = found[found.length - 1];
    // "under the Apache License, Version 2.0 <...> or the MIT license": the wording applies to both.
    const joined = previous && candidate.start - previous.end < APPLYING_WINDOW && /\b(?:or|and)\b/.test(flat.slice(previous.end, candidate.start));
    if (candidate.id === '' || !(candidate.applied || joined)) continue;
    if (!found.some((named) => named.id === candidate.id)) found.push(candidate);
  }
  return found;
}

/** One license id, deprecated ones replaced by their successor (`GPL-2.0+` -> `GPL-2.0-or-later`). */
function spdxId(candidate: string | null): string | null {
  if (!candidate || /\s/.test(candidate)) return null;
  const check = checkLicenseExpression(candidate);
  return check.valid && check.licenses.length === 1 && check.references.length === 0 ? (check.replacement ?? check.expression) : null;
}

/** "Version 2.0", "v. 2.0", "v2", "2.1", "either version 3 of the License"; `2` means 2.0. */
function versionIn(after: string): string {
  const match = /^[\s,;:(-]*(?:v\.?\s?|version\s)?(\d\.\d|\d)\b(?!\.\d)|\b(?:version|v\.?)\s?(\d\.\d|\d)\b(?!\.\d)/.exec(after);
  const version = match?.[1] ?? match?.[2];
  if (!version) return '';
  return version.includes('.') ? version : `${version}.0`;
}

function orLaterIn(after: string): boolean {
  return /\bany later version\b|\bor later\b|\bor newer\b|^[\s,;:(-]*(?:v\.?\s?|version\s)?\d(?:\.\d)?\+|\bsubsequent versions\b/.test(after);
}

function bsd(clauses: string): string | null {
  return { '0': '0BSD', '1': 'BSD-1-Clause', '2': 'BSD-2-Clause', '3': 'BSD-3-Clause', '4': 'BSD-4-Clause' }[clauses] ?? null;
}

/** "Attribution-NonCommercial-ShareAlike 4.0" or "CC BY-NC-SA 4.0" -> CC-BY-NC-SA-4.0. */
function creativeCommons(name: string, version: string): string {
  const parts = ['BY'];
  if (/non-?commercial|-nc/.test(name)) parts.push('NC');
  if (/share-? ?alike|-sa/.test(name)) parts.push('SA');
  if (/no-?deriv|-nd/.test(name)) parts.push('ND');
  return `CC-${parts.join('-')}-${version}`;
}

/** Comment syntaxes' line starts: `//`, `/*`, ` * `, `#`, `--`, `;`, `%`, `<!--`, `'`, `rem`, `dnl`. */
const COMMENT_START = /^\s*(?:\/\/+|\/\*+|\*+\/?|#+|--+|;+|%+|<!--|'|rem\s|dnl\s)?/i;
const COMMENT_END = /\s*(?:\*\/|-->)\s*$/;

/**
 * One line of lower-case prose: comment markers, Markdown links and line breaks removed,
 * "licence" spelt "license", quotes and dashes plain; with a way back to the source line.
 */
function flatten(text: string): { flat: string; lineAt(offset: number): number } {
  const starts: { offset: number; line: number }[] = [];
  let flat = '';
  text.split(/\r\n|\r|\n/).forEach((line, index) => {
    const prose = line.replace(COMMENT_START, '').replace(COMMENT_END, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').trim();
    if (prose === '') return;
    starts.push({ offset: flat.length, line: index + 1 });
    flat += `${prose} `;
  });
  // Replacements of equal length, so offsets still point into `starts`.
  flat = flat
    .toLowerCase()
    .replace(/licence/g, 'license')
    .replace(/[\u2018\u2019\u201c\u201d`]/g, "'")
    .replace(/[\u2010-\u2015]/g, '-');
  return {
    flat,
    lineAt(offset) {
      let found = starts[0]?.line ?? 1;
      for (const start of starts) {
        if (start.offset > offset) break;
        found = start.line;
      }
      return found;
    },
  };
}
