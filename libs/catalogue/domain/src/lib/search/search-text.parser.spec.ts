import { CatalogueError } from '../catalogue.error';
import { MAX_TEXT_LENGTH, MAX_WORDS, parseSearchText } from './search-text.parser';

const term = (words: string[], options: { phrase?: boolean; prefix?: boolean; fuzzy?: boolean } = {}) => ({
  words,
  phrase: options.phrase ?? false,
  prefix: options.prefix ?? false,
  fuzzy: options.fuzzy ?? (!options.phrase && words.join(' ').length >= 6),
});

describe('parseSearchText', () => {
  it('is null for no text, blank text and text without letters or digits', () => {
    for (const text of [null, '', '   ', '!!! & | :* \'" \\', '- "" OR']) expect(parseSearchText(text)).toBeNull();
  });

  it('lower-cases, keeps umlauts and treats the last word, still being typed, as a prefix', () => {
    expect(parseSearchText('Gehärtete Datenb')).toEqual({
      clauses: [[term(['gehärtete'])], [term(['datenb'], { prefix: true })]],
      excluded: [],
      normalized: 'gehärtete datenb',
    });
  });

  it('takes no prefix after a space, for words shorter than three letters, or for a phrase', () => {
    expect(parseSearchText('nextcloud ')?.clauses).toEqual([[term(['nextcloud'])]]);
    expect(parseSearchText('nextcloud db')?.clauses[1]).toEqual([term(['db'])]);
    expect(parseSearchText('"nextcloud hardened"')?.clauses).toEqual([[term(['nextcloud', 'hardened'], { phrase: true })]]);
  });

  it('keeps words joined by punctuation together as one term whose words must all occur', () => {
    expect(parseSearchText('PostgreSQL-Datenbank node.js')?.clauses).toEqual([[term(['postgresql', 'datenbank'])], [term(['node', 'js'], { prefix: false })]]);
  });

  it('joins alternatives with OR and excludes terms with a minus', () => {
    expect(parseSearchText('keycloak or authentik -chart -"helm chart"')).toEqual({
      clauses: [[term(['keycloak']), term(['authentik'])]],
      excluded: [term(['chart'], { fuzzy: false }), term(['helm', 'chart'], { phrase: true, fuzzy: false })],
      normalized: 'keycloak authentik',
    });
  });

  it('keeps text of exclusions only: everything but them', () => {
    expect(parseSearchText('-chart')).toEqual({ clauses: [], excluded: [term(['chart'], { fuzzy: false })], normalized: '' });
  });

  it('reads OR at the start, at the end, twice or before an exclusion as the word "or"', () => {
    expect(parseSearchText('or nextcloud OR')?.clauses).toEqual([[term(['nextcloud'])]]);
    expect(parseSearchText('a or or b')?.clauses).toEqual([[term(['a'])], [term(['b'])]]);
    expect(parseSearchText('nextcloud or -chart')?.clauses).toEqual([[term(['nextcloud'])]]);
  });

  it('lets only letters, marks and digits through, whatever operators and quotes the text holds', () => {
    const wordsOf = (text: string) => parseSearchText(text)?.clauses.flat().flatMap((parsedTerm) => parsedTerm.words) ?? [];
    expect(wordsOf(`it's a\\b & c|d !e`)).toEqual(['it', 's', 'a', 'b', 'c', 'd', 'e']);
    expect(wordsOf(`:*f <-> (g) 'h' ${'\u0000'}i ／ｊ`)).toEqual(['f', 'g', 'h', 'i', 'j']);
    expect(wordsOf('Straße café naïve ⅷ')).toEqual(['straße', 'café', 'naïve', 'viii']);
  });

  it('normalises compatibility characters (NFKC), so full-width letters search like ASCII ones', () => {
    expect(parseSearchText('ＮＥＸＴＣＬＯＵＤ')?.normalized).toBe('nextcloud');
  });

  it(`refuses text longer than ${MAX_TEXT_LENGTH} characters and more than ${MAX_WORDS} words`, () => {
    expect(() => parseSearchText('x'.repeat(MAX_TEXT_LENGTH + 1))).toThrow(CatalogueError);
    expect(parseSearchText('ä'.repeat(MAX_TEXT_LENGTH))?.normalized).toHaveLength(MAX_TEXT_LENGTH);
    expect(() => parseSearchText(Array.from({ length: MAX_WORDS + 1 }, (_, i) => `w${i}`).join(' '))).toThrow(
      expect.objectContaining({ code: 'BAD_USER_INPUT', message: `the search text has more than ${MAX_WORDS} words` }),
    );
  });
});
