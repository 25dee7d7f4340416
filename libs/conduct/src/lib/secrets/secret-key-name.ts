import { valueWords } from './placeholder';

/** A key holding one of these words names a secret: `DB_PASSWORD`, `authToken`, `client_secret`. */
const SECRET_WORDS = new Set([
  'password', 'passwd', 'passphrase', 'pwd', 'pass', 'secret', 'secrets', 'token', 'tokens', 'credential', 'credentials',
  'creds', 'auth', 'authorization', 'bearer', 'apikey', 'privatekey', 'accesskey', 'secretkey', 'authtoken', 'apitoken',
]);

/** `api_key`, `privateKey`, `ACCOUNT_KEY`: a key of one of these kinds. A bare `key` is too common to mean a secret. */
const SECRET_KEY_KINDS = new Set(['api', 'private', 'access', 'secret', 'account', 'storage', 'signing', 'encryption', 'master', 'client', 'app', 'session', 'shared']);

/**
 * A last word that makes the key about the secret rather than the secret itself:
 * `password_min_length`, `token_type`, `auth_url`, `password_hash`, `secret_name`.
 */
const ABOUT_WORDS = new Set([
  'ttl', 'expires', 'expiry', 'expiration', 'lifetime', 'age', 'length', 'len', 'size', 'count', 'min', 'max', 'limit',
  'type', 'kind', 'name', 'names', 'label', 'title', 'text', 'message', 'description', 'hint', 'placeholder', 'file', 'path',
  'dir', 'directory', 'location', 'header', 'headers', 'url', 'uri', 'endpoint', 'host', 'port', 'enabled', 'disabled',
  'required', 'policy', 'algorithm', 'alg', 'format', 'encoding', 'field', 'fields', 'param', 'prefix', 'suffix', 'id', 'ids',
  'hash', 'hashed', 'digest', 'checksum', 'sha', 'sha1', 'sha256', 'sha512', 'md5', 'salt', 'version', 'timeout', 'mode',
  'method', 'strategy', 'provider', 'regex', 'pattern', 'rotation', 'days', 'hours', 'minutes', 'seconds', 'ms', 'env',
  'var', 'schema', 'input', 'button', 'form', 'route', 'page', 'icon', 'error', 'errors', 'usage', 'encryption', 'scheme',
  'mechanism',
]);

/**
 * Whether an assignment's key says its value is a secret. Keys are split into words at
 * punctuation and camel case, so `author` or `passenger` do not count as `auth` or `pass`.
 */
export function isSecretKeyName(key: string): boolean {
  const words = valueWords(key).filter((word) => !/^\d+$/.test(word));
  if (words.length === 0 || ABOUT_WORDS.has(words[words.length - 1])) return false;
  return words.some((word, index) => SECRET_WORDS.has(word) || (word === 'key' && index > 0 && SECRET_KEY_KINDS.has(words[index - 1])));
}
