import { LicenseTextIndex } from './license-text-index';
import { normalizeLicenseText } from './normalize-license-text';

/** Confidence from which a text counts as that license; from REVIEW_CONFIDENCE a human decides. */
export const IDENTIFIED_CONFIDENCE = 98;
export const REVIEW_CONFIDENCE = 90;
export const UNKNOWN_LICENSE = 'LicenseRef-unknown';

export interface LicenseTextResult {
  /** An SPDX id, an expression for a file holding several licenses, or LicenseRef-unknown. */
  spdxId: string;
  confidence: number;
  method: 'EXACT' | 'DICE';
  band: 'identified' | 'review' | 'unknown';
  /** For the review band: the license the text resembles. */
  resembles?: string;
}

const SEPARATOR_LINE = /\n[ \t]*(?:[-=*_#~]{3,}[ \t]*)\n/;
const CHOICE_WORDING = /\b(?:either|dual[- ]licen[cs]ed|at your (?:option|choice)|choose)\b/i;

/**
 * Names the license a file's text is. Null when the file holds no license text at all:
 * nothing left after normalisation (empty, or only a copyright line), or only a notice.
 */
export function identifyLicenseText(text: string): LicenseTextResult | null {
  const normalized = normalizeLicenseText(text);
  if (normalized.length === 0) return null;
  const whole = fromMatch(LicenseTextIndex.shared().identify(normalized));
  if (whole.band === 'identified') return whole;
  const sections = identifySections(text);
  if (sections) return sections;
  return whole.band === 'unknown' && isLicenseNotice(text, normalized) ? null : whole;
}

const NOTICE_WORDING = /\b(?:licen[cs]ed|made available|distributed|released)\b[^.]{0,120}\bunder\b[^.]{0,80}\blicen[cs]e\b/i;
const NOTICE_MAX_WORDS = 250;

/**
 * A short text that says which license applies ("Licensed under the Apache License, Version
 * 2.0 ...") is a license notice, as kept in file headers or LICENSE.header: it points at a
 * license text instead of being one.
 */
function isLicenseNotice(text: string, normalized: string): boolean {
  return normalized.split(' ').length <= NOTICE_MAX_WORDS && NOTICE_WORDING.test(text.replace(/\s+/g, ' '));
}

function fromMatch(match: ReturnType<LicenseTextIndex['identify']>): LicenseTextResult {
  if (!match) return { spdxId: UNKNOWN_LICENSE, confidence: 0, method: 'DICE', band: 'unknown' };
  if (match.confidence >= IDENTIFIED_CONFIDENCE) return { ...match, band: 'identified' };
  return { spdxId: UNKNOWN_LICENSE, confidence: match.confidence, method: match.method, band: 'review', resembles: match.spdxId };
}

/**
 * A file that holds several licenses one after another (a dual-licensed project, or bundled
 * components) is one result: their conjunction, or their disjunction when the file offers a
 * choice. Every section must be identified; otherwise the whole text stands as it is.
 */
function identifySections(text: string): LicenseTextResult | null {
  const sections = text
    .split(SEPARATOR_LINE)
    .map((section) => ({ section, normalized: normalizeLicenseText(section) }))
    .filter(({ normalized }) => normalized.length > 0);
  if (sections.length < 2) return null;
  const index = LicenseTextIndex.shared();
  const ids: string[] = [];
  let confidence = 100;
  let preamble = '';
  for (const { section, normalized } of sections) {
    const match = index.identify(normalized);
    if (!match || match.confidence < IDENTIFIED_CONFIDENCE) {
      if (ids.length === 0 && preamble === '' && section.length < 1500) {
        preamble = section;
        continue;
      }
      return null;
    }
    if (!ids.includes(match.spdxId)) ids.push(match.spdxId);
    confidence = Math.min(confidence, match.confidence);
  }
  if (ids.length === 0) return null;
  const operator = CHOICE_WORDING.test(preamble) ? ' OR ' : ' AND ';
  return { spdxId: ids.join(operator), confidence, method: 'DICE', band: 'identified' };
}
