import licenseList from 'spdx-license-list';
import { deprecatedReplacement } from './spdx-deprecated';
import { canonicalExceptionId, canonicalLicenseId, currentLicenseIds, isDeprecatedLicenseId } from './spdx-license-data';

/**
 * Guesses the SPDX expression behind a near-miss (`Apache 2`, `GPLv3+`, `MIT License`,
 * `MIT/Apache-2.0`). The guess is only offered to a human; callers never apply it silently.
 *
 * Deliberately no guess when the version is missing (`GPL`, `BSD`, `Apache`, `MPL`): the
 * versions differ legally and picking the most common one would put words in the author's
 * mouth. A bare GNU version means that version only (`GPLv3` -> `GPL-3.0-only`), as the SPDX
 * list reads its own deprecated `GPL-3.0`; "or later" and `+` give `-or-later`.
 */
export function suggestLicenseExpression(raw: string): string | null {
  const text = raw
    .trim()
    .replace(/^license\s*::\s*(?:osi approved\s*::\s*)?/i, '')
    .replace(/\s*,?\s+or\s+(?:\(at your option\)\s+)?(?:any\s+)?later(?:\s+version)?\b/gi, '+');
  if (text === '' || text.length > 300) return null;
  return suggestTerm(text) ?? suggestCompound(text);
}

function suggestCompound(text: string): string | null {
  const inner = /^\((.*)\)$/.exec(text)?.[1] ?? text;
  const parts = inner.split(/\s+(and|or|with)\s+|\s*\/\s*/i);
  if (parts.length < 3) return null;
  const out: string[] = [];
  for (let i = 0; i < parts.length; i += 2) {
    const operator = i === 0 ? null : (parts[i - 1]?.toUpperCase() ?? 'OR');
    const term = operator === 'WITH' ? canonicalExceptionId(parts[i].trim()) : suggestTerm(parts[i]);
    if (term === null) return null;
    out.push(operator ? `${operator} ${term}` : term);
  }
  return out.join(' ');
}

function suggestTerm(term: string): string | null {
  const orLater = /\+\s*$|[-\s]or[-\s]later$/i.test(term.trim());
  const only = /[-\s]only$/i.test(term.trim());
  const key = normalise(term.replace(/\+\s*$|[-\s]or[-\s]later$|[-\s]only$/i, ''));
  const id = INDEX.get(key);
  if (id === undefined) return null;
  return withVersionRange(id, orLater, only);
}

function withVersionRange(id: string, orLater: boolean, only: boolean): string | null {
  const base = id.replace(/-(?:only|or-later)$/, '');
  if (orLater) return canonicalLicenseId(`${base}-or-later`) ?? `${id}+`;
  if (only || isDeprecatedLicenseId(id)) return canonicalLicenseId(`${base}-only`) ?? deprecatedReplacement(id) ?? id;
  return id;
}

/** Reduces a name or id to words that survive the usual ways of writing it. */
function normalise(text: string): string {
  let s = ` ${text.toLowerCase().replace(/licence/g, 'license')} `;
  for (const [phrase, short] of PHRASES) s = s.replace(phrase, short);
  return s
    .replace(/([a-z])v(?=\d)/g, '$1 ')
    .replace(/([a-z])(\d)/g, '$1 $2')
    .replace(/(?<!\d)\.|\.(?!\d)/g, ' ')
    .split(/[^a-z0-9.]+/)
    .filter((word) => word !== '' && !FILLER.has(word))
    .map((word) => (/^\d+$/.test(word) ? `${word}.0` : word))
    .join(' ');
}

const FILLER = new Set(['the', 'license', 'licensed', 'version', 'v', 'a', 'an']);

/** Long family names to the short ones the ids use. Order matters: the longest first. */
const PHRASES: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bgnu affero general public\b|\baffero general public\b|\bgnu agpl\b/g, ' agpl '],
  [/\bgnu (?:lesser|library) general public\b|\b(?:lesser|library) general public\b|\bgnu lgpl\b/g, ' lgpl '],
  [/\bgnu general public\b|\bgeneral public license\b|\bgnu gpl\b/g, ' gpl '],
  [/\bgnu free documentation\b/g, ' gfdl '],
  [/\bmozilla public\b/g, ' mpl '],
  [/\beclipse public\b/g, ' epl '],
  [/\beuropean union public\b/g, ' eupl '],
  [/\bapache software\b|\basl\b/g, ' apache '],
  [/\bboost software\b/g, ' bsl '],
  [/\bcommon development and distribution\b/g, ' cddl '],
  [/\bacademic free\b/g, ' afl '],
];

/** Names people write that are neither an id nor an official full name. */
const ALIASES: ReadonlyArray<readonly [string, string]> = [
  ['CC0', 'CC0-1.0'],
  ['Expat', 'MIT'],
  ['MIT/X11', 'MIT'],
  ['New BSD', 'BSD-3-Clause'],
  ['BSD New', 'BSD-3-Clause'],
  ['Modified BSD', 'BSD-3-Clause'],
  ['Revised BSD', 'BSD-3-Clause'],
  ['3-Clause BSD', 'BSD-3-Clause'],
  ['BSD-3', 'BSD-3-Clause'],
  ['Simplified BSD', 'BSD-2-Clause'],
  ['FreeBSD', 'BSD-2-Clause'],
  ['2-Clause BSD', 'BSD-2-Clause'],
  ['BSD-2', 'BSD-2-Clause'],
  ['zlib/libpng', 'Zlib'],
  ['Python Software Foundation', 'PSF-2.0'],
];

/** normalised key -> id; ids win over official names, names over aliases; ambiguous names are dropped. */
const INDEX: ReadonlyMap<string, string> = buildIndex();

function buildIndex(): Map<string, string> {
  const index = new Map<string, string>();
  for (const id of currentLicenseIds()) {
    const key = normalise(id.replace(/-(?:only|or-later)$/, ''));
    const known = index.get(key);
    if (known === undefined || (id.endsWith('-only') && !known.endsWith('-only'))) index.set(key, id);
  }
  const byName = new Map<string, string | null>();
  for (const [id, { name }] of Object.entries(licenseList)) {
    if (id.endsWith('+') || isDeprecatedLicenseId(id)) continue;
    const key = normalise(name.replace(/\b(?:only|or later)$/i, ''));
    const family = id.replace(/-(?:only|or-later)$/, '');
    const seen = byName.get(key);
    byName.set(key, seen === undefined || seen?.replace(/-(?:only|or-later)$/, '') === family ? (index.get(normalise(family)) ?? id) : null);
  }
  for (const [key, id] of byName) if (id !== null && !index.has(key)) index.set(key, id);
  for (const [alias, id] of ALIASES) if (!index.has(normalise(alias))) index.set(normalise(alias), id);
  return index;
}
