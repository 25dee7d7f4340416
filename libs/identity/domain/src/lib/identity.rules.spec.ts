import { checkDisplayName, checkEmail, checkSlug, checkUsername } from './identity.rules';

describe('identity rules', () => {
  it.each(['alice', 'a', 'stadt.musterstadt', 'a-b_c'])('accepts username %p', (name) => {
    expect(() => checkUsername(name)).not.toThrow();
  });

  it.each(['', 'Alice', '-alice', 'alice-', 'a..b', '../etc', 'a/b', 'a b', 'admin', 'x'.repeat(41), 'ålice'])(
    'refuses username %p with BAD_USER_INPUT',
    (name) => {
      expect(() => checkUsername(name)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
    },
  );

  it.each(['stadt-musterstadt', 'itzbund', 'a1'])('accepts slug %p', (slug) => {
    expect(() => checkSlug(slug)).not.toThrow();
  });

  it.each(['Stadt', 'a.b', '-x', 'x-', '%2e%2e', 'api', 'x'.repeat(65)])('refuses slug %p', (slug) => {
    expect(() => checkSlug(slug)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
  });

  it('trims display names and refuses control characters', () => {
    expect(checkDisplayName('  Stadt Musterstadt ')).toBe('Stadt Musterstadt');
    expect(() => checkDisplayName('bad\u0000name')).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
    expect(() => checkDisplayName('   ')).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
  });

  it('normalises empty e-mail to null and refuses malformed ones', () => {
    expect(checkEmail('')).toBeNull();
    expect(checkEmail('it@musterstadt.de')).toBe('it@musterstadt.de');
    expect(() => checkEmail('not-an-address')).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
  });
});
