import { findAssignments } from './assignment';
import { shannonEntropy } from './entropy';
import { isPlaceholder } from './placeholder';
import type { ScannedFile, SecretCandidate, SecretSettings } from './secret-candidate';
import { isSecretKeyName } from './secret-key-name';

/** Longer lines are minified code or data; prefixed tokens are still found there, guesses are not made. */
export const MAX_ASSIGNMENT_LINE = 1024;
/** Secrets worth guessing at are shorter; certificates and blobs are longer. */
const MAX_VALUE = 256;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Subresource integrity, docker digests, `sha256:...`: hashes of public content. */
const HASH_REFERENCE = /^(?:sha1|sha224|sha256|sha384|sha512|md5)[-:]/i;
/** bcrypt, argon2, scrypt and crypt(3) hashes store a password safely; they do not reveal it. */
const PASSWORD_HASH = /^\$(?:2[abxy]?|argon2(?:id|i|d)|scrypt|pbkdf2[-\w]*|[156])\$/;
/** Encrypted in place by sops, Ansible Vault, Spring Cloud Config or Vault's transit engine. */
const ENCRYPTED = /^(?:ENC\[|\$ANSIBLE_VAULT;|\{cipher\}|vault:v\d+:)/;
const URL_VALUE = /^[a-z][a-z0-9+.-]*:\/\//i;
/** `/run/secrets/db`, `./keys/dev`: paths are mostly lower case; base64 that happens to start with `/` is half upper case. */
const PATH = /^(?:\/|\.\.?\/|~\/)[\w.~\/-]*$/;
const FILE_NAME = /\.(?:pem|key|crt|cer|der|p12|pfx|jks|keystore|pub|json|ya?ml|txt|env|properties)$/i;

/**
 * Values of secret-looking keys (`password = "..."`, `apiToken: ...`) that are long and varied
 * enough to be generated secrets. In program code only quoted values count: unquoted ones are
 * expressions such as `process.env.TOKEN`.
 */
export function highEntropyCandidates(line: string, file: ScannedFile): SecretCandidate[] {
  if (file.kind === 'lock' || file.kind === 'dotenv' || line.length > MAX_ASSIGNMENT_LINE) return [];
  const candidates: SecretCandidate[] = [];
  for (const assignment of findAssignments(line, MAX_VALUE)) {
    if ((!assignment.quoted && file.kind === 'code') || assignment.value.length < file.settings.minSecretLength) continue;
    if (!isSecretKeyName(assignment.key) || !isGeneratedSecret(assignment.value, file.settings)) continue;
    candidates.push({
      rule: 'secret-high-entropy',
      kind: `high-entropy value of "${assignment.key.slice(0, 60)}"`,
      line: 0,
      index: assignment.index,
      length: assignment.value.length,
      secret: assignment.value,
    });
  }
  return candidates;
}

function isGeneratedSecret(value: string, settings: SecretSettings): boolean {
  // Generated secrets are printable ASCII; a value with spaces or other scripts is a sentence.
  if (value.length < settings.minSecretLength || /[^\x21-\x7e]/.test(value) || isPlaceholder(value)) return false;
  if (UUID.test(value) || HASH_REFERENCE.test(value) || PASSWORD_HASH.test(value) || ENCRYPTED.test(value)) return false;
  if (URL_VALUE.test(value) || isPath(value) || FILE_NAME.test(value) || looksLikeName(value)) return false;
  return shannonEntropy(value) >= settings.entropyThreshold;
}

function isPath(value: string): boolean {
  const upper = value.replace(/[^A-Z]/g, '').length;
  return PATH.test(value) && upper * 4 <= value.replace(/[^A-Za-z]/g, '').length;
}

/**
 * `ACCESS_TOKEN_STORAGE_KEY`, `auth.token.refresh`, `passwordConfirmation`, `scram-sha-256`:
 * names of things, words joined by punctuation or camel case, with numbers between. Random
 * strings break into short pieces without vowels, mixing digits and letters.
 */
function looksLikeName(value: string): boolean {
  if (!/^[A-Za-z0-9_.:/-]+$/.test(value)) return false;
  const words = value.split(/[_.:/-]+|(?<=[a-z])(?=[A-Z])/).filter((word) => word !== '');
  // Short words may lack a vowel (`js`, `db`, `ctx`); longer ones without are not words.
  const names = words.filter((word) => /^(?:[A-Z]?[a-z]+|[A-Z]+)[0-9]*$/.test(word) && /[a-zA-Z]{2}/.test(word) && (word.length <= 3 || /[aeiouyAEIOUY]/.test(word)));
  const inLongNames = names.filter((word) => word.length >= 4).reduce((sum, word) => sum + word.length, 0);
  return (
    names.length >= 2 &&
    inLongNames * 2 >= value.replace(/[^A-Za-z0-9]/g, '').length &&
    words.every((word) => names.includes(word) || /^[A-Za-z]?[0-9]+$/.test(word))
  );
}
