import { LicenseReferenceData, loadLicenseReferences, preferredReference, ReferenceTextData } from './license-reference-texts';
import { licenseWords } from './normalize-license-text';

/** A reference text with its word set, built on the first comparison that needs it. */
export class ReferenceText {
  private wordSet: ReadonlySet<string> | undefined;

  constructor(private readonly data: ReferenceTextData) {}

  get id(): string {
    return this.data.id;
  }

  get deprecated(): boolean {
    return this.data.deprecated;
  }

  get wordCount(): number {
    return this.data.wordCount;
  }

  get distinctWordCount(): number {
    return this.data.distinctWordCount;
  }

  get words(): ReadonlySet<string> {
    this.wordSet ??= new Set(this.data.distinctWords.split(' '));
    return this.wordSet;
  }
}

export interface TextMatch {
  spdxId: string;
  /** 0-100, two decimals. */
  confidence: number;
  method: 'EXACT' | 'DICE';
}

/** Below this a text is not even a candidate; the review band starts at 90. */
const CANDIDATE_FLOOR = 90;

/**
 * The SPDX license texts, normalised, with the means to name the license a text is. Several
 * SPDX ids share one text (GPL-2.0-only and -or-later; deprecated aliases); such a text is
 * named by its preferred id, and `sameText` tells callers that the others are the same
 * license text.
 */
export class LicenseTextIndex {
  private static instance: LicenseTextIndex | undefined;

  private readonly byNormalized = new Map<string, ReferenceText>();
  private readonly textClass: ReadonlyMap<string, string>;
  /** Sorted by distinct word count, so a match only compares texts of similar length. */
  private readonly references: readonly ReferenceText[];

  static shared(): LicenseTextIndex {
    LicenseTextIndex.instance ??= new LicenseTextIndex(loadLicenseReferences());
    return LicenseTextIndex.instance;
  }

  constructor(data: LicenseReferenceData) {
    this.references = data.references.map((reference) => new ReferenceText(reference));
    this.references.forEach((reference, index) => this.byNormalized.set(data.references[index].normalized, reference));
    this.textClass = new Map(Object.entries(data.textClass));
  }

  /** True when both ids name the same license text (GPL-3.0-only and GPL-3.0-or-later). */
  sameText(a: string, b: string): boolean {
    return a === b || (this.textClass.has(a) && this.textClass.get(a) === this.textClass.get(b));
  }

  /**
   * The best match with confidence >= 90 for a text normalised by `normalizeLicenseText`,
   * or null. Callers decide what 90-98 means.
   */
  identify(normalized: string): TextMatch | null {
    if (normalized.length === 0) return null;
    const exact = this.byNormalized.get(normalized);
    if (exact) return { spdxId: exact.id, confidence: 100, method: 'EXACT' };
    return this.bestDiceMatch(licenseWords(normalized));
  }

  private bestDiceMatch(words: string[]): TextMatch | null {
    const set = new Set(words);
    // Dice can only reach the floor when the smaller set is at least floor/(200-floor) of the larger.
    const ratio = CANDIDATE_FLOOR / (200 - CANDIDATE_FLOOR);
    const candidates: { reference: ReferenceText; score: number }[] = [];
    for (const reference of this.references) {
      const size = reference.distinctWordCount;
      if (size < set.size * ratio) continue;
      if (size * ratio > set.size) break;
      const score = similarity(set, words.length, reference);
      if (score >= CANDIDATE_FLOOR) candidates.push({ reference, score });
    }
    if (candidates.length === 0) return null;
    candidates.sort((a, b) => b.score - a.score || (preferredReference(a.reference, b.reference) === a.reference ? -1 : 1));
    let [best] = candidates;
    let confidence = best.score;
    // Near-identical licenses (CC-BY-4.0 and CC-BY-ND-4.0, EPL-1.0 and CPL-1.0) score alike on
    // the whole text; the words that tell two of them apart decide, and a text that carries
    // the marks of neither is not identified.
    for (const rival of candidates.slice(1)) {
      if (best.score - rival.score > NEAR_TIE || this.sameText(best.reference.id, rival.reference.id)) continue;
      const evidence = distinguishingEvidence(set, best.reference, rival.reference);
      if (evidence < 0) best = rival;
      if (Math.abs(evidence) < AMBIGUOUS_EVIDENCE) confidence = Math.min(confidence, IDENTIFIED - 0.01);
    }
    return { spdxId: best.reference.id, confidence: Math.floor(confidence * 100) / 100, method: 'DICE' };
  }
}

const NEAR_TIE = 3;
const IDENTIFIED = 98;
const AMBIGUOUS_EVIDENCE = 0.25;

/**
 * Share of A's own words present minus share of B's own words present: >0 favours A. A text
 * with no words of its own (MIT inside JSON) counts as fully present: only the absence of
 * the other's additions tells them apart.
 */
function distinguishingEvidence(words: ReadonlySet<string>, a: ReferenceText, b: ReferenceText): number {
  const share = (own: ReferenceText, other: ReferenceText) => {
    let total = 0;
    let present = 0;
    for (const word of own.words) {
      if (other.words.has(word)) continue;
      total++;
      if (words.has(word)) present++;
    }
    return total === 0 ? 1 : present / total;
  };
  return share(a, b) - share(b, a);
}

/**
 * Sorensen-Dice over the word sets, lowered by how much longer or shorter the text is than
 * the reference: a license with a clause added or removed keeps nearly all its words, but
 * not its length.
 */
export function similarity(words: ReadonlySet<string>, wordCount: number, reference: ReferenceText): number {
  let shared = 0;
  const [small, large] = words.size <= reference.words.size ? [words, reference.words] : [reference.words, words];
  for (const word of small) if (large.has(word)) shared++;
  const extra = Math.max(0, words.size - shared - SUBSTITUTED_WORDS_IN_TEXT);
  const missing = Math.max(0, reference.words.size - shared - SUBSTITUTED_WORDS_IN_REFERENCE);
  const dice = (200 * shared) / (2 * shared + extra + missing);
  const lengthDelta = Math.abs(wordCount - reference.wordCount) / reference.wordCount;
  return dice - LENGTH_PENALTY * 100 * lengthDelta;
}

export const LENGTH_PENALTY = 0.5;
/**
 * Copies put their own names where the license text says "the copyright holder" or
 * "<organization>" (SPDX template variables); that many differing words are not counted.
 */
const SUBSTITUTED_WORDS_IN_TEXT = 5;
const SUBSTITUTED_WORDS_IN_REFERENCE = 3;
