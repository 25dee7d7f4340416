import { createHmac } from 'node:crypto';

/**
 * Fake secrets for the specs, assembled at run time: the repository holds no complete token
 * for any scanner (ours, GitHub's push protection) to find. Their random parts come from a
 * seeded generator, so every run builds the same values and none was ever issued by anyone;
 * GitHub-format ones also lack the checksum real GitHub tokens end in.
 */

export const UPPER_DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
export const BASE62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const BASE64URL = `${BASE62}-_`;
export const BASE64 = `${BASE62}+/`;
const DIGITS = '0123456789';

/** mulberry32: small, fast and good enough to look random to an entropy measure. */
export function randomChars(alphabet: string, length: number, seed: number): string {
  let state = seed >>> 0;
  let text = '';
  for (let index = 0; index < length; index++) {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), state | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    const unit = ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
    text += alphabet[Math.floor(unit * alphabet.length)];
  }
  return text;
}

const join = (...parts: string[]) => parts.join('');

export const fakeAwsKeyId = (seed = 1, prefix = 'AK') => join(prefix, 'IA', randomChars(UPPER_DIGITS, 16, seed));
export const fakeGithubToken = (kind = 'p', seed = 2) => join('gh', kind, '_', randomChars(BASE62, 36, seed));
export const fakeGithubFineGrained = (seed = 3) => join('github', '_pat_', randomChars(BASE62, 22, seed), '_', randomChars(BASE62, 59, seed + 1));
export const fakeGitlabToken = (seed = 4) => join('gl', 'pat-', randomChars(BASE64URL, 20, seed));
export const fakeSlackToken = (kind = 'b', seed = 5) =>
  join('xo', 'x', kind, '-', randomChars(DIGITS, 12, seed), '-', randomChars(DIGITS, 13, seed + 1), '-', randomChars(BASE62, 24, seed + 2));
export const fakeSlackWebhook = (seed = 6) =>
  join('https://hooks.', 'slack.com/services/', 'T', randomChars(UPPER_DIGITS, 9, seed), '/B', randomChars(UPPER_DIGITS, 9, seed + 1), '/', randomChars(BASE62, 24, seed + 2));
export const fakeGoogleApiKey = (seed = 7) => join('AI', 'za', randomChars(BASE64URL, 35, seed));
export const fakeAzureAccountKey = (seed = 8) => join(randomChars(BASE64, 86, seed), '==');
export const fakeNpmToken = (seed = 9) => join('np', 'm_', randomChars(BASE62, 36, seed));
export const fakePassword = (length = 20, seed = 10) => randomChars(BASE62, length, seed);
/** Passwords as people make them: words, digits, a sign; short and far from random. */
export const humanPassword = () => join('Sommer', '2024!');
export const humanPassphrase = () => join('kaffee-und-', 'kuchen-42');

const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** A JWT signed with a made-up key. */
export function fakeJwt(claims: Record<string, unknown> = { sub: 'user-42', iat: 1700000000 }, header: Record<string, unknown> = { alg: 'HS256', typ: 'JWT' }, key = 'not-a-key-anyone-uses'): string {
  const unsigned = `${base64url(header)}.${base64url(claims)}`;
  return `${unsigned}.${createHmac('sha256', key).update(unsigned).digest('base64url')}`;
}

/** A PEM block of random base64 under the given label, in lines of 64 as OpenSSL writes them. */
export function fakePem(label = 'RSA PRIVATE KEY', bodyLength = 1600, seed = 11): string {
  const body = randomChars(BASE64, bodyLength, seed).match(/.{1,64}/g) ?? [];
  return [join('-----', 'BEGIN ', label, '-----'), ...body, join('-----', 'END ', label, '-----')].join('\n');
}
