/** Short words frequent in one language and rare in the other; words both share (`in`, `so`) are left out. */
const GERMAN = new Set([
  'der', 'die', 'das', 'und', 'für', 'mit', 'ist', 'ein', 'eine', 'einer', 'nicht', 'auf', 'von', 'zu', 'zur', 'zum', 'den', 'dem',
  'des', 'im', 'sich', 'wird', 'werden', 'oder', 'bei', 'als', 'auch', 'nach', 'über', 'durch', 'aus', 'sowie', 'kommunen', 'verwaltung',
]);
const ENGLISH = new Set([
  'the', 'and', 'for', 'with', 'is', 'of', 'to', 'on', 'that', 'this', 'from', 'by', 'or', 'as', 'are', 'it', 'its', 'a', 'an', 'be',
  'which', 'image', 'based', 'built', 'runs', 'chart',
]);
const MAX_WORDS = 200;

/**
 * `de` when a description reads as German, else `en`: the catalogue's users search in both, and
 * descriptions in container labels and Chart.yaml are English unless a public body wrote them.
 * A count of frequent short words, over the first words only, is all one sentence allows.
 */
export function descriptionLanguage(text: string): 'de' | 'en' {
  const words = text.slice(0, MAX_WORDS * 20).toLowerCase().split(/[^a-zäöüß]+/).slice(0, MAX_WORDS);
  let german = 0;
  let english = 0;
  for (const word of words) {
    if (GERMAN.has(word)) german += 1;
    else if (ENGLISH.has(word)) english += 1;
  }
  return german > english || (german === english && /[äöüß]/.test(text.slice(0, MAX_WORDS * 20))) ? 'de' : 'en';
}
