/**
 * Tells whether a README describes the project in German or English, by the share of each
 * language's commonest function words among the prose's words. Function words make up a third
 * or more of running text in either language and are rare in the other, while code, URLs and
 * product names (which READMEs are full of) belong to neither, so a plain count is robust
 * without a model or a dependency.
 */
export const DETECTABLE_LANGUAGES = ['de', 'en'] as const;
export type DetectableLanguage = (typeof DETECTABLE_LANGUAGES)[number];

/**
 * A language counts as present when at least this share of the words are its function words.
 * German and English prose, even terse READMEs, reach 0.2 and more; French, Dutch, Italian or
 * Spanish text hits the other lists' few look-alikes (`a`, `die`, `is`) far below 0.1.
 */
export const LANGUAGE_SHARE_THRESHOLD = 0.1;

/** A README's description is at its start; reading more only costs time on huge files. */
const MAX_CHARS = 200_000;

// Words spelled the same in both languages (in, an, so, also, was, will, man, am) are in
// neither list: they would count for both.
const FUNCTION_WORDS: Readonly<Record<DetectableLanguage, ReadonlySet<string>>> = {
  de: new Set(
    (
      'der die das den dem des ein eine einer einen einem eines und oder aber ist sind wird werden wurde wurden sein ' +
      'hat haben kann können muss müssen soll sollen nicht kein keine mit von zu zum zur für auf aus bei nach über unter ' +
      'durch um ohne gegen zwischen sich es wir sie ich du ihr uns unsere unser ihre dass daß wenn wie auch noch nur ' +
      'schon sehr mehr diese dieser dieses welche sowie bzw hier dann damit jedoch im vom alle bitte sowohl'
    ).split(' '),
  ),
  en: new Set(
    (
      'the a and or but is are be been being was were has have had can could should would must may of to for with on at ' +
      'by from into about as than then that this these those it its they them their there we our you your he she who ' +
      'which what when where how if not no all any each some such other only more most do does use used using'
    ).split(' '),
  ),
};

export interface LanguageDetection {
  /** Words of prose counted (code, URLs and markup left out). */
  words: number;
  /** Fewer words than asked for: too little text to tell. */
  tooShort: boolean;
  /** Share of each language's function words among the words. */
  shares: Record<DetectableLanguage, number>;
  /** The languages over the threshold, the strongest first. */
  languages: DetectableLanguage[];
}

export function detectLanguage(text: string, minWords: number): LanguageDetection {
  const words = proseOf(text.slice(0, MAX_CHARS)).toLowerCase().match(/\p{L}+(?:['’]\p{L}+)*/gu) ?? [];
  const shares = {} as Record<DetectableLanguage, number>;
  for (const language of DETECTABLE_LANGUAGES) {
    const hits = words.filter((word) => FUNCTION_WORDS[language].has(word)).length;
    shares[language] = words.length === 0 ? 0 : hits / words.length;
  }
  const tooShort = words.length < minWords;
  const languages = tooShort
    ? []
    : DETECTABLE_LANGUAGES.filter((language) => shares[language] >= LANGUAGE_SHARE_THRESHOLD).sort((a, b) => shares[b] - shares[a]);
  return { words: words.length, tooShort, shares, languages };
}

/**
 * The text a reader reads: Markdown, reStructuredText and HTML without code blocks, inline
 * code, comments, tags, URLs and link targets. Written so that hostile input (unclosed fences
 * and comments, endless lines) costs linear time: bounded quantifiers, no backtracking across
 * lines.
 */
function proseOf(text: string): string {
  return withoutCodeBlocks(withoutComments(text.replace(/^\uFEFF/, '')))
    .replace(/<[^<>\n]{0,500}>/g, ' ')
    .replace(/`[^`\n]{0,500}`/g, ' ')
    .replace(/\]\([^()\n]{0,500}\)/g, ' ')
    .replace(/\b(?:https?|ftp|mailto):[^\s)>\]]+/gi, ' ');
}

function withoutComments(text: string): string {
  let result = '';
  let from = 0;
  for (let open = text.indexOf('<!--'); open >= 0; open = text.indexOf('<!--', from)) {
    result += text.slice(from, open) + ' ';
    const close = text.indexOf('-->', open + 4);
    if (close < 0) return result;
    from = close + 3;
  }
  return result + text.slice(from);
}

/** Fenced blocks (``` or ~~~, closed by a fence of the same kind at least as long) and their content. */
function withoutCodeBlocks(text: string): string {
  const kept: string[] = [];
  let fence: string | null = null;
  for (const line of text.split('\n')) {
    const marker = /^[ \t]{0,3}(`{3,}|~{3,})/.exec(line)?.[1] ?? null;
    if (fence === null && marker !== null) fence = marker;
    else if (fence !== null && marker !== null && marker[0] === fence[0] && marker.length >= fence.length && line.trim() === marker) fence = null;
    else if (fence === null) kept.push(line);
  }
  return kept.join('\n');
}
