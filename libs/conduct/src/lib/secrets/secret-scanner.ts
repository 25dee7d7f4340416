import { createHash } from 'node:crypto';
import { basicAuthUrlCandidates } from './basic-auth-url';
import { dotenvCandidates } from './dotenv';
import { looksBinary, secretFileKind } from './file-kind';
import { highEntropyCandidates } from './high-entropy';
import { jwtCandidates } from './jwt';
import { compilePathGlob, pathGlobMatches, type PathGlob } from './path-glob';
import { privateKeyCandidates } from './private-key';
import type { LineRule, ScannedFile, SecretCandidate, SecretSettings } from './secret-candidate';
import type { SecretFinding, SecretRule, SecretScanFile, SecretScanOptions } from './secret-scan.types';
import { prefixedTokenCandidates } from './token-rules';

const DEFAULTS: SecretSettings = { entropyThreshold: 3, minSecretLength: 12, maxFileBytes: 8 * 1024 * 1024 };
/** A file with more leaks of one kind is a dump or a fixture; the first ones tell the pusher enough. */
export const MAX_FINDINGS_PER_RULE = 10;

const LINE_RULES: readonly LineRule[] = [prefixedTokenCandidates, jwtCandidates, basicAuthUrlCandidates, dotenvCandidates, highEntropyCandidates];

/** Where findings of several rules cover the same characters, the most specific one stands. */
const GENERALITY: Partial<Record<SecretRule, number>> = { 'secret-basic-auth-url': 1, 'secret-dotenv-value': 2, 'secret-high-entropy': 3 };

/**
 * The secrets in a set of files: private keys, tokens with a known format, passwords in URLs
 * and `.env` files, and random values assigned to secret-looking keys. Findings carry the
 * place and a fingerprint, never the secret. Binary files, files over `maxFileBytes` and
 * allow-listed paths are skipped; each rule reports at most {@link MAX_FINDINGS_PER_RULE} per file.
 */
export function scanSecrets(files: readonly SecretScanFile[], options: SecretScanOptions = {}): SecretFinding[] {
  const settings = settingsOf(options);
  const allowedPaths = (options.allowPaths ?? []).map(compilePathGlob).filter((glob): glob is PathGlob => glob !== null);
  const allowedFingerprints = new Set((options.allowFingerprints ?? []).map((fingerprint) => fingerprint.trim().toLowerCase()));
  const findings: SecretFinding[] = [];
  for (const file of files) {
    if (typeof file?.path !== 'string' || typeof file.content !== 'string') continue;
    if (allowedPaths.some((glob) => pathGlobMatches(glob, file.path))) continue;
    if (tooLarge(file.content, settings.maxFileBytes) || looksBinary(file.content)) continue;
    const scanned: ScannedFile = { path: file.path, kind: secretFileKind(file.path), settings };
    findings.push(...report(scanned, candidatesOf(file.content, scanned), allowedFingerprints));
  }
  return findings;
}

function settingsOf(options: SecretScanOptions): SecretSettings {
  const positive = (value: number | undefined, fallback: number) => (typeof value === 'number' && value > 0 ? value : fallback);
  return {
    entropyThreshold: positive(options.entropyThreshold, DEFAULTS.entropyThreshold),
    minSecretLength: positive(options.minSecretLength, DEFAULTS.minSecretLength),
    maxFileBytes: positive(options.maxFileBytes, DEFAULTS.maxFileBytes),
  };
}

/** UTF-8 takes at most three bytes per UTF-16 unit, so most files are measured without encoding them. */
function tooLarge(content: string, maxBytes: number): boolean {
  if (content.length > maxBytes) return true;
  return content.length * 3 > maxBytes && Buffer.byteLength(content, 'utf8') > maxBytes;
}

function candidatesOf(content: string, file: ScannedFile): SecretCandidate[] {
  const lines = content.split(/\r?\n|\r/);
  const candidates = privateKeyCandidates(lines);
  for (let number = 0; number < lines.length; number++) {
    for (const rule of LINE_RULES) for (const candidate of rule(lines[number], file)) candidates.push({ ...candidate, line: number });
  }
  return mostSpecific(candidates);
}

/**
 * Drops a finding when a more specific one covers some of the same characters: a GitHub token
 * in `token: ghp_...` is reported as a GitHub token, not also as a high-entropy value. Sorting
 * by place first keeps the comparison to neighbours.
 */
function mostSpecific(candidates: SecretCandidate[]): SecretCandidate[] {
  const sorted = candidates.sort((a, b) => a.line - b.line || a.index - b.index);
  const dropped = new Uint8Array(sorted.length);
  for (let first = 0; first < sorted.length; first++) {
    const a = sorted[first];
    for (let second = first + 1; second < sorted.length; second++) {
      const b = sorted[second];
      if (b.line !== a.line || b.index >= a.index + a.length) break;
      const generality = (GENERALITY[a.rule] ?? 0) - (GENERALITY[b.rule] ?? 0);
      if (generality > 0) dropped[first] = 1;
      if (generality < 0) dropped[second] = 1;
    }
  }
  return sorted.filter((_, index) => dropped[index] === 0);
}

function report(file: ScannedFile, candidates: SecretCandidate[], allowedFingerprints: ReadonlySet<string>): SecretFinding[] {
  const findings: SecretFinding[] = [];
  const counts = new Map<SecretRule, number>();
  const lastListed = new Map<SecretRule, SecretFinding>();
  for (const candidate of candidates) {
    const fingerprint = fingerprintOf(candidate.rule, file.path, candidate.secret);
    if (allowedFingerprints.has(fingerprint)) continue;
    const count = (counts.get(candidate.rule) ?? 0) + 1;
    counts.set(candidate.rule, count);
    if (count > MAX_FINDINGS_PER_RULE) continue;
    const finding = { rule: candidate.rule, path: file.path, line: candidate.line + 1, column: candidate.index + 1, fingerprint, message: messageOf(file.path, candidate) };
    findings.push(finding);
    lastListed.set(candidate.rule, finding);
  }
  for (const [rule, count] of counts) {
    const last = lastListed.get(rule);
    if (last && count > MAX_FINDINGS_PER_RULE) last.message += `; ${count - MAX_FINDINGS_PER_RULE} more of this kind in the file are not listed`;
  }
  return findings;
}

export function fingerprintOf(rule: SecretRule, path: string, secret: string): string {
  return createHash('sha256').update(`${rule}\0${path}\0${secret}`, 'utf8').digest('hex');
}

/**
 * Says what and where, and how long the secret is. At most its first four characters are
 * shown, fewer for short ones (a fifth of the length), so the message is safe to log and
 * still lets the pusher tell two findings apart.
 */
function messageOf(path: string, candidate: SecretCandidate): string {
  const length = candidate.secret.length;
  const hint = candidate.secret.slice(0, Math.min(4, Math.floor(length / 5)));
  const shape = hint === '' ? `${length} characters` : `"${hint}…", ${length} characters`;
  return (
    `${candidate.kind} in ${path} at line ${candidate.line + 1}, column ${candidate.index + 1} (${shape}); ` +
    'revoke it: removing it from the files leaves it in the history'
  );
}
