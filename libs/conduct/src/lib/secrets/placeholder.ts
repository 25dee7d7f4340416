import { createHash } from 'node:crypto';
import { characterCounts, shannonEntropy } from './entropy';

/**
 * Words that mark a value as written for documentation or tests. A value saying so is no
 * secret wherever it stands; a value that does not say so is one even in a test directory,
 * since a path tells nothing about whether a key works.
 */
const MARKER_WORDS = new Set([
  'example', 'examples', 'sample', 'placeholder', 'redacted', 'dummy', 'fake', 'mock', 'test', 'testing', 'tests',
  'your', 'here', 'changeme', 'changeit', 'replace', 'replaceme', 'insert', 'todo', 'fixme', 'foobar', 'lorem',
  'ipsum', 'invalid', 'notreal',
]);

/** Some marker word occurs somewhere: only then is the value split into words, which costs more. */
const MARKER_HINT = new RegExp([...MARKER_WORDS].join('|'), 'i');

/**
 * Values that are defaults or names of the thing rather than a chosen secret, compared by their
 * letters: `password123`, `p4ssw0rd`, `key_1234` and `P@ss` are worn too.
 */
const WORN_VALUES = new Set([
  'password', 'passwd', 'pass', 'pwd', 'secret', 'token', 'apikey', 'key', 'admin', 'root', 'guest', 'user', 'postgres',
  'mysql', 'default', 'none', 'null', 'nil', 'undefined', 'empty', 'true', 'false', 'changeme', 'changeit',
]);
/** What documentation puts before a worn value: `somepassword`, `authpassword`, `mysecret`, `supersecret`. */
const FILLER = /^(?:some|my|the|auth|db|user|admin|app|super|top)/;
const LEET: Readonly<Record<string, string>> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's' };

/**
 * sha256 of keys that look real but are published for everyone to use: jwt.io's introductory
 * token and the Azurite storage emulator's account key. Kept as hashes, so this file holds
 * nothing for other scanners to find.
 */
const PUBLISHED_EXAMPLES = new Set([
  '7f75367e7881255134e1375e723d1dea8ad5f6a4fdb79d938df1f1754a830606',
  '0011cc25eb4320717494d2703e8cba85743e71b500283c21c8b88147992f9059',
]);

/** Template syntaxes, by opening and closing characters: `<token>`, `${VAR}`, `$(cmd)`, `{{ var }}`, `#{var}`, `%(name)s`. */
const TEMPLATE_BRACKETS: readonly (readonly [string, string])[] = [
  ['<', '>'],
  ['${', '}'],
  ['$(', ')'],
  ['{{', '}}'],
  ['#{', '}'],
  ['%(', ')'],
];
/** `%s`, `%VAR%`, `@VAR@`, `$VAR`, an ellipsis, `***`: literals and anchored words, read once. */
const TEMPLATE_MARKS = /%[sdv]|^%[A-Za-z_]\w*%$|^@[A-Za-z_]\w*@$|^\$[A-Za-z_]\w*$|\.\.\.|…|\*\*\*/;

/** Splits at non-alphanumerics, letter-digit changes and camel case: `DUMMY_apiKey2Here` → dummy, api, key, 2, here. */
export function valueWords(value: string): string[] {
  return value
    .split(/[^A-Za-z0-9]+|(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])|(?<=[A-Za-z])(?=[0-9])|(?<=[0-9])(?=[A-Za-z])/)
    .filter((word) => word !== '')
    .map((word) => word.toLowerCase());
}

/**
 * A value nobody would use as a secret: a template, a marked example, a worn default, one or
 * two characters repeated, or runs like `abcdef`/`abc123`. Callers bound the value's length.
 */
export function isPlaceholder(value: string): boolean {
  if (value.length === 0 || isWorn(value)) return true;
  // AWS's documentation keys end in EXAMPLE and EXAMPLEKEY, glued to the random-looking part.
  if (isTemplate(value) || value.includes('EXAMPLE')) return true;
  if (MARKER_HINT.test(value) && valueWords(value).some((word) => MARKER_WORDS.has(word))) return true;
  // `YOURSECRETKEYGOESHERE`: run together, words cannot be told apart, but the ends still say it.
  if (/^your|here$/i.test(value.replace(/[^A-Za-z0-9]/g, ''))) return true;
  return isRepetitive(value) || isSequential(value);
}

/**
 * For the random part of a token with a known prefix: not a placeholder and about as varied as
 * random values of its length are. The bounds sit below what such values reach: a random 16
 * characters of base32 scored at least 2.5 in 200,000 tries, 36 of base62 at least 3.9.
 */
export function looksRandom(body: string): boolean {
  return !isPlaceholder(body) && shannonEntropy(body) >= (body.length >= 32 ? 3 : 2.5);
}

export function isPublishedExample(value: string): boolean {
  return PUBLISHED_EXAMPLES.has(createHash('sha256').update(value, 'utf8').digest('hex'));
}

/**
 * Some opening bracket has a closing one after it. The first opening has every closing the
 * others have, so two searches per syntax answer it, where a regular expression would try
 * each opening in turn.
 */
function isTemplate(value: string): boolean {
  if (TEMPLATE_MARKS.test(value)) return true;
  return TEMPLATE_BRACKETS.some(([open, close]) => {
    const opening = value.indexOf(open);
    return opening >= 0 && value.indexOf(close, opening + open.length) >= 0;
  });
}

function isRepetitive(value: string): boolean {
  const counts = characterCounts(value);
  return counts.length <= 2 || (value.length >= 8 && Math.max(...counts) * 2 >= value.length);
}

/** The letters, with digits dropped or read as the letters they stand for, are a worn value. Worn values are short. */
function isWorn(value: string): boolean {
  if (value.length > 24) return false;
  const lower = value.toLowerCase();
  return [lower.replace(/[^a-z]/g, ''), lower.replace(/[013457@$]/g, (char) => LEET[char]).replace(/[^a-z]/g, '')].some(
    (letters) => letters !== '' && (WORN_VALUES.has(letters) || WORN_VALUES.has(letters.replace(FILLER, ''))),
  );
}

/**
 * Made of runs that go up or down by one character code: `abcdef`, `987654`, `abc123def456`.
 * Random values have a run of three in one of about 2,000 places.
 */
function isSequential(value: string): boolean {
  let inRuns = 0;
  let run = 1;
  let direction = 0;
  for (let index = 1; index <= value.length; index++) {
    const step = index < value.length ? value.charCodeAt(index) - value.charCodeAt(index - 1) : 0;
    if ((step === 1 || step === -1) && (run === 1 || step === direction)) {
      run++;
      direction = step;
      if (run >= 6) return true;
      continue;
    }
    if (run >= 3) inRuns += run;
    run = step === 1 || step === -1 ? 2 : 1;
    direction = step;
  }
  return inRuns * 2 >= value.length;
}
