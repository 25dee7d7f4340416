import { isPublishedExample, looksRandom } from './placeholder';
import { charTable, inTable, prefixedRuns, type SecretCandidate } from './secret-candidate';
import type { SecretRule } from './secret-scan.types';

/** A token its issuer marks with a fixed prefix, so the prefix alone is a strong signal. */
interface PrefixedToken {
  rule: SecretRule;
  kind: string;
  prefixes: readonly string[];
  table: Uint8Array;
  /** The whole token, anchored at both ends. */
  pattern: RegExp;
  maxLength: number;
  /** The random part, which must not look like a placeholder. */
  body: (token: string) => string;
}

const ALNUM = charTable('A-Za-z0-9');
const WORD = charTable('A-Za-z0-9_');
const BASE64URL = charTable('A-Za-z0-9_-');
const SLACK = charTable('A-Za-z0-9-');
const BASE64 = charTable('A-Za-z0-9+/=');

const afterPrefix = (length: number) => (token: string) => token.slice(length);

const TOKENS: readonly PrefixedToken[] = [
  {
    rule: 'secret-aws-access-key',
    kind: 'AWS access key id',
    prefixes: ['AKIA', 'ASIA'],
    table: ALNUM,
    pattern: /^(?:AKIA|ASIA)[A-Z0-9]{16}$/,
    maxLength: 20,
    body: afterPrefix(4),
  },
  {
    rule: 'secret-github-token',
    kind: 'GitHub token',
    prefixes: ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_', 'github_pat_'],
    table: WORD,
    pattern: /^(?:gh[pousr]_[A-Za-z0-9]{36}|github_pat_\w{82})$/,
    maxLength: 93,
    body: (token) => token.slice(token.startsWith('github_pat_') ? 11 : 4),
  },
  {
    rule: 'secret-gitlab-token',
    kind: 'GitLab personal access token',
    prefixes: ['glpat-'],
    table: BASE64URL,
    pattern: /^glpat-[A-Za-z0-9_-]{20}$/,
    maxLength: 26,
    body: afterPrefix(6),
  },
  {
    rule: 'secret-slack-token',
    kind: 'Slack token',
    prefixes: ['xoxb-', 'xoxa-', 'xoxp-', 'xoxr-', 'xoxs-'],
    table: SLACK,
    // Team and user ids in digits, then the random part last; `-` separates, so no group can overlap the next.
    pattern: /^xox[baprs]-\d{6,}(?:-[A-Za-z0-9]+){0,3}-[A-Za-z0-9]{8,}$/,
    maxLength: 255,
    body: (token) => token.slice(token.lastIndexOf('-') + 1),
  },
  {
    rule: 'secret-google-api-key',
    kind: 'Google API key',
    prefixes: ['AIza'],
    table: BASE64URL,
    pattern: /^AIza[A-Za-z0-9_-]{35}$/,
    maxLength: 39,
    body: afterPrefix(4),
  },
  {
    rule: 'secret-npm-token',
    kind: 'npm access token',
    prefixes: ['npm_'],
    table: WORD,
    pattern: /^npm_[A-Za-z0-9]{36}$/,
    maxLength: 40,
    body: afterPrefix(4),
  },
  {
    // The format of libs/identity's access tokens (token-secret.ts); a spec keeps the two in step.
    rule: 'secret-allmende-token',
    kind: 'Allmende access token',
    prefixes: ['almp_'],
    table: BASE64URL,
    pattern: /^almp_[A-Za-z0-9_-]{43}$/,
    maxLength: 48,
    body: afterPrefix(5),
  },
];

/** Tokens with a known prefix, at any line length: a minified bundle leaks them as well. */
export function prefixedTokenCandidates(line: string): SecretCandidate[] {
  const candidates: SecretCandidate[] = [];
  for (const token of TOKENS) {
    for (const prefix of token.prefixes) {
      for (const { index, end } of prefixedRuns(line, prefix, token.table)) {
        if (end - index > token.maxLength) continue;
        const text = line.slice(index, end);
        if (token.pattern.test(text) && looksRandom(token.body(text))) {
          candidates.push({ rule: token.rule, kind: token.kind, line: 0, index, length: text.length, secret: text });
        }
      }
    }
  }
  return [...candidates, ...azureStorageKeys(line), ...slackWebhooks(line)];
}

/** Storage account keys are 64 random bytes: 86 base64 characters and `==`, after `AccountKey=` in a connection string. */
function azureStorageKeys(line: string): SecretCandidate[] {
  const candidates: SecretCandidate[] = [];
  for (let from = 0; ; ) {
    const marker = line.indexOf('AccountKey=', from);
    if (marker < 0) return candidates;
    const index = marker + 'AccountKey='.length;
    let end = index;
    while (end < line.length && inTable(BASE64, line.charCodeAt(end))) end++;
    const key = line.slice(index, Math.min(end, index + 89));
    if (end - index === 88 && /^[A-Za-z0-9+/]{86}==$/.test(key) && looksRandom(key) && !isPublishedExample(key)) {
      candidates.push({ rule: 'secret-azure-storage-key', kind: 'Azure storage account key', line: 0, index, length: 88, secret: key });
    }
    from = end;
  }
}

const SLACK_WEBHOOK = 'hooks.slack.com/services/';
const WEBHOOK_PATH = charTable('A-Za-z0-9/');

/** Anyone holding an incoming webhook's URL can post to its channel. */
function slackWebhooks(line: string): SecretCandidate[] {
  const candidates: SecretCandidate[] = [];
  for (let from = 0; ; ) {
    const marker = line.indexOf(SLACK_WEBHOOK, from);
    if (marker < 0) return candidates;
    const index = marker + SLACK_WEBHOOK.length;
    let end = index;
    while (end < line.length && inTable(WEBHOOK_PATH, line.charCodeAt(end))) end++;
    const path = line.slice(index, Math.min(end, index + 64));
    const match = end - index <= 64 ? /^T[A-Z0-9]{6,12}\/B[A-Z0-9]{6,12}\/([A-Za-z0-9]{20,32})$/.exec(path) : null;
    if (match && looksRandom(match[1])) {
      candidates.push({ rule: 'secret-slack-token', kind: 'Slack webhook URL', line: 0, index, length: path.length, secret: path });
    }
    from = end;
  }
}
