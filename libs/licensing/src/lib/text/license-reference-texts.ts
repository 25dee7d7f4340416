import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SPDX_LICENSE_LIST_VERSION, spdxLicenses } from '../spdx/spdx-license-texts';
import { licenseWords, normalizeLicenseText } from './normalize-license-text';

/** One license text as the matcher compares it: normalised, with its distinct words. */
export interface ReferenceTextData {
  id: string;
  deprecated: boolean;
  normalized: string;
  /** The distinct words, space-separated: a set is built only for texts a match compares against. */
  distinctWords: string;
  distinctWordCount: number;
  wordCount: number;
}

export interface LicenseReferenceData {
  spdxVersion: string;
  /** Sorted by distinct word count. One entry per distinct text, named by its preferred id. */
  references: ReferenceTextData[];
  /** Per id, the id of the first license with the same text (GPL-2.0-or-later -> GPL-2.0-only). */
  textClass: Record<string, string>;
}

/** Written next to the compiled module by `npm run build`. */
export const PRECOMPUTED_REFERENCES_FILE = 'license-references.json';

/**
 * The reference texts. Normalising the 700 SPDX texts takes most of a second, which every
 * command-line run and worker start would pay; the build stores the result, and a process
 * only computes it when there is no stored copy for its SPDX list version (tests, ts-node).
 */
export function loadLicenseReferences(directory: string = __dirname): LicenseReferenceData {
  const stored = readStoredReferences(join(directory, PRECOMPUTED_REFERENCES_FILE));
  return stored?.spdxVersion === SPDX_LICENSE_LIST_VERSION ? stored : computeLicenseReferences();
}

/** A missing or damaged copy only costs the time to compute it again. */
function readStoredReferences(path: string): LicenseReferenceData | null {
  try {
    const stored = JSON.parse(readFileSync(path, 'utf8')) as Partial<LicenseReferenceData>;
    return Array.isArray(stored.references) && typeof stored.textClass === 'object' ? (stored as LicenseReferenceData) : null;
  } catch {
    return null;
  }
}

export function computeLicenseReferences(): LicenseReferenceData {
  const byNormalized = new Map<string, ReferenceTextData>();
  const textClass: Record<string, string> = {};
  for (const license of spdxLicenses()) {
    for (const text of referenceVariants(license.text)) {
      const normalized = normalizeLicenseText(text);
      if (normalized.length === 0) continue;
      const words = licenseWords(normalized);
      const distinct = [...new Set(words)];
      const reference = { id: license.id, deprecated: license.deprecated, normalized, distinctWords: distinct.join(' '), distinctWordCount: distinct.length, wordCount: words.length };
      const sameText = byNormalized.get(normalized);
      textClass[reference.id] ??= sameText ? (textClass[sameText.id] ?? sameText.id) : reference.id;
      if (!sameText || preferredReference(sameText, reference) === reference) byNormalized.set(normalized, reference);
    }
  }
  const references = [...byNormalized.values()].sort((a, b) => a.distinctWordCount - b.distinctWordCount);
  return { spdxVersion: SPDX_LICENSE_LIST_VERSION, references, textClass };
}

/**
 * The texts a license is recognised by. LGPL-3.0 is published with the GPL-3.0 text appended,
 * while projects keep the two in separate files (COPYING.LESSER and COPYING).
 */
function referenceVariants(text: string): string[] {
  const appended = /\n\s*GNU GENERAL PUBLIC LICENSE\s*\n\s*Version 3, 29 June 2007/.exec(text);
  return appended && appended.index > 0 ? [text, text.slice(0, appended.index)] : [text];
}

/** Of two ids for one text: the current one, then `-only`, then `-or-later`, then the shorter. */
export function preferredReference<T extends { id: string; deprecated: boolean }>(current: T, candidate: T): T {
  if (current.deprecated !== candidate.deprecated) return current.deprecated ? candidate : current;
  const rank = (id: string) => (id.endsWith('-only') ? 0 : id.endsWith('-or-later') ? 1 : 2);
  if (rank(current.id) !== rank(candidate.id)) return rank(candidate.id) < rank(current.id) ? candidate : current;
  return candidate.id.length < current.id.length ? candidate : current;
}
