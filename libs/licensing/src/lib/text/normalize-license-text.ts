import { spdxLicenseNames } from '../spdx/spdx-license-texts';

/**
 * Normalises a license text as the SPDX matching guidelines describe
 * (https://spdx.github.io/spdx-spec/v2.3/license-matching-guidelines-and-templates/), so that
 * formatting, markup and the parts every copy changes (title, copyright line) do not count:
 * case, whitespace, punctuation, quotes, dashes, bullets and numbering, copyright notices,
 * varietal spellings, http/https. Markdown and HTML renderings are reduced to their text
 * first, and anything after "END OF TERMS AND CONDITIONS" (the GNU and Apache "how to apply"
 * appendices, which copies keep or drop freely) is cut.
 */
export function normalizeLicenseText(raw: string): string {
  let text = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (looksLikeHtml(text)) text = htmlToText(text);
  text = markdownToText(text);
  text = cutAppendix(dropOptionalParagraphs(text));
  const lines = text
    .split(/\n[ \t]*\n/)
    .flatMap((paragraph) => [...dropCopyrightNotices(paragraph.split('\n').map((line) => stripListMarker(line.trim()))), '']);
  return normalizeWords(stripTitles(lines).join(' '));
}

/** Words of a normalised text, in order. */
export function licenseWords(normalized: string): string[] {
  return normalized.length === 0 ? [] : normalized.split(' ');
}

const VARIANT_SPELLINGS: ReadonlyArray<[RegExp, string]> = [
  [/\blicen[cs]ed?\b/g, 'license'],
  [/\blicen[cs]es\b/g, 'licenses'],
  [/\blicen[cs]ing\b/g, 'licensing'],
  [/\blicen[cs]or(s?)\b/g, 'licensor$1'],
  [/\blicen[cs]ee(s?)\b/g, 'licensee$1'],
  [/\bsublicen[cs](e|es|ed|ing)\b/g, 'sublicens$1'],
  [/\backnowledgment/g, 'acknowledgement'],
  [/\banalog(ue)?\b/g, 'analogue'],
  [/\banaly[sz]e\b/g, 'analyse'],
  [/\bartefact/g, 'artifact'],
  [/\bauthori[sz]/g, 'authoris'],
  [/\bcent(er|re)\b/g, 'centre'],
  [/\bcategori[sz]e/g, 'categorise'],
  [/\bcharacteri[sz]/g, 'characteris'],
  [/\bcolou?r/g, 'colour'],
  [/\bfavou?r/g, 'favour'],
  [/\bhono(u)?r/g, 'honour'],
  [/\binitiali[sz]e/g, 'initialise'],
  [/\bjudge?ment/g, 'judgement'],
  [/\bmaximi[sz]/g, 'maximis'],
  [/\bminimi[sz]/g, 'minimis'],
  [/\borgani[sz]ation/g, 'organisation'],
  [/\borgani[sz]e/g, 'organise'],
  [/\bpracti[cs]e/g, 'practise'],
  [/\brecogni[sz]e/g, 'recognise'],
  [/\butili[sz]/g, 'utilis'],
  [/\bper cent\b/g, 'percent'],
  [/\bnon-commercial/g, 'noncommercial'],
  [/\bcopyright holder(s?)\b/g, 'copyright owner$1'],
  [/\bhttps:\/\//g, 'http://'],
  [/\bwww\./g, ''],
];

function normalizeWords(text: string): string {
  let lower = text.toLowerCase();
  lower = lower.replace(/[\u2018\u2019\u201A\u201B\u2032`\u00B4]/g, "'").replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"');
  lower = lower.replace(/[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g, '-');
  for (const [pattern, replacement] of VARIANT_SPELLINGS) lower = lower.replace(pattern, replacement);
  // Everything that is not a letter or digit separates words: punctuation, quotes, dashes, URLs' slashes.
  return lower
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

// A wrapped license sentence may start with "copyright owner ..." or "copyright law"; a
// notice starts with the word and goes on to a holder, year or symbol.
const COPYRIGHT_LINE =
  /^(?:(?:copyright\b(?![\s,]+(?:owners?|holders?|notices?|laws?|and\b|licen[cs]e|statements?|protection|interests?|permissions?|act\b|or\b|to\b|in\b|of\b|is\b|rights?|treaty|infringement|grants?\b|claims?\b|may\b|shall\b|will\b|does\b))|\(c\)|©)|all rights reserved\.?$)/i;
const SHORT_NOTICE_WORDS = 40;

/**
 * Copyright notices differ in every copy and wrap differently. A paragraph that starts with
 * a notice and is short (holders, "see AUTHORS", "All rights reserved") goes entirely; in a
 * long one only the notice's first sentence goes, so the result does not depend on where
 * the lines were broken. Notice lines inside a paragraph go on their own.
 */
function dropCopyrightNotices(lines: string[]): string[] {
  if (lines.length > 0 && COPYRIGHT_LINE.test(lines[0])) {
    const joined = lines.join(' ');
    if (joined.split(/\s+/).length <= SHORT_NOTICE_WORDS) return [];
    return [joined.replace(/^.*?(?:all rights reserved\.?|\.(?=\s+[A-Z]))\s*/i, '')];
  }
  return lines.filter((line) => !COPYRIGHT_LINE.test(line));
}

/** Passages the SPDX templates mark optional, which copies keep or drop. */
const OPTIONAL_PARAGRAPHS: readonly RegExp[] = [/\bis not a law firm\b/i, /^for more information,? please (?:refer to|see)\b/i];

function dropOptionalParagraphs(text: string): string {
  return text
    .split(/\n[ \t]*\n/)
    .filter((paragraph) => {
      const flat = paragraph.replace(/\s+/g, ' ').trim();
      return !OPTIONAL_PARAGRAPHS.some((pattern) => pattern.test(flat));
    })
    .join('\n\n');
}

const LIST_MARKER = /^(?:[-*•·–+]|\(?(?:\d{1,3}|[a-z]|[ivx]{1,5})[.)]|\d{1,3}(?:\.\d{1,3})+\.?)\s+/i;

function stripListMarker(line: string): string {
  return line.replace(LIST_MARKER, '');
}

/**
 * A title is a short leading line naming the license ("MIT License", "The Unlicense",
 * "GNU GENERAL PUBLIC LICENSE"). Copies add, drop or repeat it, so leading title lines are
 * dropped from every text, reference texts included.
 */
function stripTitles(lines: string[]): string[] {
  let start = 0;
  while (start < lines.length && (lines[start] === '' || isTitle(lines[start]))) start++;
  return lines.slice(start);
}

function isTitle(line: string): boolean {
  const words = line.split(/\s+/);
  if (licenseNames().has(bare(line))) return true;
  const short = words.length <= 10 || (words.length <= 16 && /\bversion\b/i.test(line));
  // Titles are set in capitals or title case; a sentence that mentions "license" is not one.
  const capitalised = words.filter((word) => /^[^a-z]/.test(word)).length >= words.length * 0.6;
  return short && capitalised && /\b(licen[cs]e|unlicense|public domain|universal)\b/i.test(line) && !/[.:;]$/.test(line.replace(/\s*\(.*\)$/, ''));
}

let names: Set<string> | undefined;

/** The SPDX list's license names ("MIT No Attribution"), which copies use as their title. */
function licenseNames(): Set<string> {
  names ??= new Set(spdxLicenseNames().map(bare));
  return names;
}

function bare(line: string): string {
  return line.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

function cutAppendix(text: string): string {
  const end = /^\s*end of terms and conditions\s*$/im.exec(text);
  return end ? text.slice(0, end.index) : text;
}

function markdownToText(text: string): string {
  return text
    .replace(/^\s{0,3}(?:#{1,6}\s*|>\s?)/gm, '')
    .replace(/^\s*(?:[-*_=]\s*){3,}$/gm, '')
    .replace(/^\s*```.*$/gm, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<(https?:\/\/[^>\s]+)>/g, '$1')
    .replace(/(^|\W)[*_]{1,3}(?=\S)|(?<=\S)[*_]{1,3}(?=\W|$)/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+.!<>-])/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

function looksLikeHtml(text: string): boolean {
  return /<(html|body|p|div|h[1-6]|br)\b[^>]*>/i.test(text.slice(0, 4000));
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', copy: '©' };

function htmlToText(html: string): string {
  return html
    .replace(/<(head|script|style)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(br|\/p|\/div|\/h[1-6]|\/li|li|p|div|h[1-6])\b[^>]*>/gi, '\n')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
      if (name[0] === '#') {
        const code = name[1].toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
        return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : ' ';
      }
      return ENTITIES[name.toLowerCase()] ?? entity;
    });
}
