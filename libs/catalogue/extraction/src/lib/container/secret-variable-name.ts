/** A name holding one of these words is a secret: `DB_PASSWORD`, `GITHUB_TOKEN`, `clientSecret`. */
const SECRET_WORDS = new Set(['password', 'passwd', 'pwd', 'passphrase', 'secret', 'token', 'apikey', 'credential', 'credentials']);
/** `API_KEY`, `PRIVATE_KEY`, `ACCESS_KEY`: a key of one of these kinds. */
const KEY_KINDS = new Set(['api', 'private', 'access', 'signing', 'encryption', 'master']);
/**
 * A last word that makes the variable about the secret rather than the secret: `POSTGRES_PASSWORD_FILE`
 * (the hardened way to pass one), `TOKEN_URL`, `PASSWORD_MIN_LENGTH`.
 */
const ABOUT_WORDS = new Set([
  'file', 'path', 'dir', 'directory', 'name', 'url', 'uri', 'endpoint', 'host', 'port', 'length', 'len', 'min', 'max', 'type', 'ttl',
  'expiry', 'expires', 'enabled', 'header', 'env', 'var', 'id', 'location', 'mode', 'policy', 'hash', 'algorithm', 'format',
]);
const MAX_NAME_LENGTH = 256;

/** Whether an ENV or ARG name says its value is a secret; names are split at punctuation and camel case. */
export function isSecretVariableName(name: string): boolean {
  if (name.length > MAX_NAME_LENGTH) return false;
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '');
  if (words.length === 0 || ABOUT_WORDS.has(words[words.length - 1])) return false;
  return words.some((word, index) => SECRET_WORDS.has(word) || (word === 'key' && index > 0 && KEY_KINDS.has(words[index - 1])));
}
