/** A language tag taken apart by RFC 5646 section 2.1 (subtags keep the case they were written in). */
export interface LanguageTag {
  /** Set for the grandfathered tags of section 2.2.8 (`i-klingon`, `zh-min-nan`, ...), which have no parts. */
  grandfathered: string | null;
  language: string | null;
  extlangs: string[];
  script: string | null;
  region: string | null;
  variants: string[];
  extensions: { singleton: string; subtags: string[] }[];
  privateUse: string[];
}

const IRREGULAR = ['en-GB-oed', 'i-ami', 'i-bnn', 'i-default', 'i-enochian', 'i-hak', 'i-klingon', 'i-lux', 'i-mingo', 'i-navajo', 'i-pwn', 'i-tao', 'i-tay', 'i-tsu', 'sgn-BE-FR', 'sgn-BE-NL', 'sgn-CH-DE'];
const REGULAR = ['art-lojban', 'cel-gaulish', 'no-bok', 'no-nyn', 'zh-guoyu', 'zh-hakka', 'zh-min', 'zh-min-nan', 'zh-xiang'];
const GRANDFATHERED = new Map([...IRREGULAR, ...REGULAR].map((tag) => [tag.toLowerCase(), tag]));

const alpha = (s: string, min: number, max: number) => s.length >= min && s.length <= max && /^[A-Za-z]+$/.test(s);
const digits = (s: string, n: number) => s.length === n && /^[0-9]+$/.test(s);
const alphanum = (s: string, min: number, max: number) => s.length >= min && s.length <= max && /^[A-Za-z0-9]+$/.test(s);
const isVariant = (s: string) => alphanum(s, 5, 8) || (s.length === 4 && /^[0-9][A-Za-z0-9]{3}$/.test(s));
const isSingleton = (s: string) => s.length === 1 && /^[0-9A-WYZa-wyz]$/.test(s);

/**
 * Parses a tag by the ABNF of RFC 5646 and the two rules of section 2.2.9 that need no registry:
 * a variant and an extension singleton may each appear only once. Returns null for anything
 * that is not a well-formed tag: POSIX locales (`en_GB`), empty subtags, subtags out of order
 * or too long, a lone `x`.
 */
export function parseLanguageTag(tag: string): LanguageTag | null {
  const empty: LanguageTag = { grandfathered: null, language: null, extlangs: [], script: null, region: null, variants: [], extensions: [], privateUse: [] };
  const grandfathered = GRANDFATHERED.get(tag.toLowerCase());
  if (grandfathered) return { ...empty, grandfathered: tag };
  const subtags = tag.split('-');
  if (subtags.some((subtag) => subtag === '' || !alphanum(subtag, 1, 8))) return null;

  if (subtags[0].toLowerCase() === 'x') {
    const privateUse = subtags.slice(1);
    return privateUse.length > 0 ? { ...empty, privateUse } : null;
  }
  const parsed: LanguageTag = { ...empty, language: subtags[0] };
  let at = 1;
  const next = () => subtags[at];
  if (!alpha(parsed.language as string, 2, 8)) return null;
  if (alpha(parsed.language as string, 2, 3)) {
    while (parsed.extlangs.length < 3 && next() !== undefined && alpha(next(), 3, 3)) parsed.extlangs.push(subtags[at++]);
  }
  if (next() !== undefined && alpha(next(), 4, 4)) parsed.script = subtags[at++];
  if (next() !== undefined && (alpha(next(), 2, 2) || digits(next(), 3))) parsed.region = subtags[at++];
  while (next() !== undefined && isVariant(next())) {
    const variant = subtags[at++];
    if (parsed.variants.some((seen) => seen.toLowerCase() === variant.toLowerCase())) return null;
    parsed.variants.push(variant);
  }
  while (next() !== undefined && isSingleton(next())) {
    const singleton = subtags[at++];
    const extension = { singleton, subtags: [] as string[] };
    while (next() !== undefined && alphanum(next(), 2, 8)) extension.subtags.push(subtags[at++]);
    if (extension.subtags.length === 0) return null;
    if (parsed.extensions.some((seen) => seen.singleton.toLowerCase() === singleton.toLowerCase())) return null;
    parsed.extensions.push(extension);
  }
  if (next() !== undefined && next().toLowerCase() === 'x') {
    parsed.privateUse = subtags.slice(at + 1);
    if (parsed.privateUse.length === 0) return null;
    at = subtags.length;
  }
  return at === subtags.length ? parsed : null;
}

export function isWellFormedLanguageTag(tag: string): boolean {
  return parseLanguageTag(tag) !== null;
}
