import { shannonEntropy } from './entropy';
import { BASE62, humanPassphrase, humanPassword, randomChars, UPPER_DIGITS } from './fake-secrets.fixture';
import { isPlaceholder, isPublishedExample, looksRandom, valueWords } from './placeholder';

describe('shannonEntropy', () => {
  it('is 0 for nothing and for one repeated character, log2(n) for n distinct ones', () => {
    expect(shannonEntropy('')).toBe(0);
    expect(shannonEntropy('aaaa')).toBe(0);
    expect(shannonEntropy('abcd')).toBe(2);
    expect(shannonEntropy('0123456789abcdef')).toBe(4);
  });

  it('scores random base62 well above words', () => {
    expect(shannonEntropy(randomChars(BASE62, 40, 1))).toBeGreaterThan(4.5);
    expect(shannonEntropy('changeme')).toBeLessThan(3);
  });
});

describe('valueWords', () => {
  it('splits at punctuation, digits and camel case', () => {
    expect(valueWords('your_API-KeyHere2')).toEqual(['your', 'api', 'key', 'here', '2']);
    expect(valueWords(['AKIA', 'IOSFODNN7', 'EXAMPLE'].join(''))).toEqual(['akiaiosfodnn', '7', 'example']);
  });
});

describe('isPlaceholder', () => {
  it.each([
    'changeme', 'password', 'PASSWORD', '<your-token>', '${API_KEY}', '$(pass show db)', '{{ vault_db_password }}', '#{secret}', '%s',
    '%(password)s', '%DB_PASS%', '@DB_PASS@', '$DB_PASS', 'sk-...', 'abc…', '********', 'xxxxxxxxxxxx', 'abababababab',
    'XXXXXXXX1234', 'abcdefgh1', '9876543210', 'your-api-key-here', 'insert_token', 'dummy-value', 'FakeSecretForTests', 'REPLACE_ME',
    'test123456789', 'YOURSECRETKEYGOESHERE', 'abc123def456', 'somepassword', 'authpassword', 'p4ssw0rd', 'P@ss', 'password123', 'key_1234',
  ])('takes %s for a placeholder', (value) => {
    expect(isPlaceholder(value)).toBe(true);
  });

  it.each([humanPassword(), humanPassphrase(), 'contest-winner-7', 'Wz9qT4mVbK2x', randomChars(BASE62, 36, 2)])('takes %s for a value', (value) => {
    expect(isPlaceholder(value)).toBe(false);
  });
});

describe('looksRandom', () => {
  it('accepts random token bodies and rejects filler', () => {
    expect(looksRandom(randomChars(UPPER_DIGITS, 16, 3))).toBe(true);
    expect(looksRandom(randomChars(BASE62, 36, 4))).toBe(true);
    expect(looksRandom('AAAABBBBCCCCDDDD')).toBe(false);
    expect(looksRandom('0123456789ABCDEF')).toBe(false);
  });
});

describe('isPublishedExample', () => {
  it('knows published keys by their hash only', () => {
    expect(isPublishedExample(['Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq', '/K1SZFPTOtr/KBHBeksoGMGw=='].join(''))).toBe(true);
    expect(isPublishedExample(randomChars(BASE62, 88, 5))).toBe(false);
  });
});
