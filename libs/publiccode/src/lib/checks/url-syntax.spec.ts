import { isAbsoluteUrl, isHttpUrl, isUrl, isUrn, parseUrl } from './url-syntax';

describe('URL syntax as the reference validator reads it', () => {
  it.each([
    ['https://github.com/italia/developers.italia.it.git', true, true],
    ['http://example.org', true, true],
    ['HTTPS://EXAMPLE.ORG/x', true, true],
    ['git@github.com:italia/x.git', false, false],
    ['ssh://git@example.org/x.git', true, false],
    ['mailto:info@example.org', true, false],
    ['foobar', false, false],
    ['???', false, false],
    ['not_a_url', false, false],
    ['https://', false, false],
    ['https://exa mple.org', false, false],
    ['https://example.org/%zz', false, false],
    ['', false, false],
  ])('%p: url %p, http url %p', (value, url, http) => {
    expect(isUrl(value)).toBe(url);
    expect(isHttpUrl(value)).toBe(http);
  });

  it('tells absolute URLs from relative paths', () => {
    expect(isAbsoluteUrl('https://example.org/logo.png')).toBe(true);
    expect(isAbsoluteUrl('img/logo.png')).toBe(false);
    expect(isAbsoluteUrl('logo.png')).toBe(false);
  });

  it('splits opaque URIs such as URNs', () => {
    expect(parseUrl('urn:x-italian-pa:pcm', true)).toMatchObject({ scheme: 'urn', opaque: 'x-italian-pa:pcm', host: '' });
    expect(parseUrl('1', true)).toBeNull();
  });

  it.each([
    ['urn:x-italian-pa:pcm', true],
    ['urn:iso:std:iso:27001', true],
    ['URN:ISBN:0451450523', true],
    ['urn:urn:x', false],
    ['urn:-x:y', false],
    ['urn:x', false],
    ['urn:x:a b', false],
  ])('URN %p is %p', (value, valid) => {
    expect(isUrn(value)).toBe(valid);
  });
});
