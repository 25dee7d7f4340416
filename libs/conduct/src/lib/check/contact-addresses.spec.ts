import { expectLinearGrowth } from '@allmende/testing';
import { findContact, findEmailAddresses, isPlaceholderDomain } from './contact-addresses';

describe('contact addresses', () => {
  it('finds e-mail addresses with their domain and place', () => {
    expect(findEmailAddresses('Mail <Anna.Schmidt+sec@Stadt-Musterhausen.de>, or ops@x.org.')).toEqual([
      { address: 'Anna.Schmidt+sec@Stadt-Musterhausen.de', domain: 'stadt-musterhausen.de', index: 6 },
      { address: 'ops@x.org', domain: 'x.org', index: 50 },
    ]);
  });

  it('ignores what only looks like an address', () => {
    expect(findEmailAddresses('@mention, user@localhost, a@b, npm i @scope/pkg, x@1.2.3.4, ..@x.de')).toEqual([]);
  });

  it('knows the reserved placeholder domains', () => {
    for (const domain of ['example.org', 'mail.example.com', 'EXAMPLE.NET', 'portal.example', 'host.test', 'x.invalid', 'localhost', 'app.localhost']) {
      expect([domain, isPlaceholderDomain(domain)]).toEqual([domain, true]);
    }
    for (const domain of ['example.de', 'notexample.org', 'musterhausen.de', 'testing.de']) expect([domain, isPlaceholderDomain(domain)]).toEqual([domain, false]);
  });

  it('finds the first real contact, e-mail or URL', () => {
    expect(findContact('Write to security@example.org or visit https://musterhausen.de/cert.')).toBe('https://musterhausen.de/cert');
    expect(findContact('Mail psirt@musterhausen.de; web: https://musterhausen.de')).toBe('psirt@musterhausen.de');
    expect(findContact('http://127.0.0.1/report, http://localhost, https://[::1]/, https://')).toBeNull();
  });

  it.each([
    ['a line of "@"', (size: number) => '@'.repeat(size), findEmailAddresses],
    ['long runs without an "@" around one', (size: number) => `${'a'.repeat(size)}@${'b.'.repeat(size / 2)}`, findEmailAddresses],
    ['a URL without an end', (size: number) => `https://${'a'.repeat(size)}`, findContact],
  ])('takes linear time on %s', (_case, text, find) => {
    expectLinearGrowth<string, unknown>(text, find, { small: 125_000, large: 1_000_000 });
  });
});
