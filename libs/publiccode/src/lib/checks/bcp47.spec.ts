import { isWellFormedLanguageTag, parseLanguageTag } from './bcp47';

describe('BCP 47 well-formedness (RFC 5646)', () => {
  it.each([
    'en',
    'de',
    'en-GB',
    'EN-gb',
    'sl-IT-nedis',
    'zh-Hant-TW',
    'sr-Latn-RS',
    'es-419',
    'zh-yue-HK',
    'ar-afb-abc-abd',
    'de-CH-1901',
    'hy-Latn-IT-arevela',
    'en-US-x-twain',
    'en-a-bbb-x-a-ccc',
    'de-DE-u-co-phonebk',
    'x-whatever',
    'qaa-Qaaa-QM-x-southern',
    'i-klingon',
    'en-GB-oed',
    'zh-min-nan',
    'sgn-CH-DE',
    'abcde',
  ])('accepts %s', (tag) => {
    expect(isWellFormedLanguageTag(tag)).toBe(true);
  });

  it.each([
    ['en_GB', 'a POSIX locale'],
    ['hr_HR', 'a POSIX locale'],
    ['', 'nothing'],
    ['e', 'a one-letter language'],
    ['en-', 'an empty subtag'],
    ['-en', 'an empty subtag'],
    ['en--GB', 'an empty subtag'],
    ['languages-GB', 'a subtag longer than eight'],
    ['123', 'a language of digits'],
    ['en-GB-GB', 'a second region'],
    ['en-Latn-Latn', 'a second script'],
    ['de-DE-1901-1901', 'a repeated variant'],
    ['en-a-bbb-a-ccc', 'a repeated extension singleton'],
    ['en-a', 'an extension without subtags'],
    ['en-x', 'private use without subtags'],
    ['x', 'private use without subtags'],
    ['ar-afb-abc-abd-abe', 'four extlangs'],
    ['de-ÄÖ', 'letters outside ASCII'],
    ['en GB', 'a space'],
  ])('refuses %s (%s)', (tag) => {
    expect(isWellFormedLanguageTag(tag)).toBe(false);
  });

  it('takes a tag apart', () => {
    expect(parseLanguageTag('zh-yue-Hant-HK-1994-u-nu-hanidec-x-private')).toEqual({
      grandfathered: null,
      language: 'zh',
      extlangs: ['yue'],
      script: 'Hant',
      region: 'HK',
      variants: ['1994'],
      extensions: [{ singleton: 'u', subtags: ['nu', 'hanidec'] }],
      privateUse: ['private'],
    });
    expect(parseLanguageTag('i-Klingon')?.grandfathered).toBe('i-Klingon');
    expect(parseLanguageTag('x-a-b')?.privateUse).toEqual(['a', 'b']);
  });
});
