/**
 * The vocabulary of the secret scan, one rule family of the code-of-conduct check. Callers
 * hand over file contents; nothing here knows whether they came from a push or a directory.
 */

export const SECRET_RULES = [
  'secret-private-key',
  'secret-aws-access-key',
  'secret-github-token',
  'secret-gitlab-token',
  'secret-slack-token',
  'secret-google-api-key',
  'secret-azure-storage-key',
  'secret-npm-token',
  'secret-allmende-token',
  'secret-jwt',
  'secret-basic-auth-url',
  'secret-dotenv-value',
  'secret-high-entropy',
] as const;

export type SecretRule = (typeof SECRET_RULES)[number];

export interface SecretScanFile {
  path: string;
  content: string;
}

export interface SecretFinding {
  rule: SecretRule;
  path: string;
  /** 1-based. */
  line: number;
  /** 1-based, in UTF-16 code units as JavaScript counts them. */
  column: number;
  /**
   * sha256 (hex) of rule, path and secret: the same leak keeps its fingerprint when lines
   * move, so an operator can allow-list exactly this one and no copy of it elsewhere.
   */
  fingerprint: string;
  /** Names the kind and the place; shows at most the first few characters and the length, never the secret. */
  message: string;
}

export interface SecretScanOptions {
  /** Globs of paths not to scan: `*` and `?` stay within a directory, `**` crosses them; a glob without `/` matches the file name at any depth. */
  allowPaths?: readonly string[];
  /** Fingerprints of findings an operator has judged harmless. */
  allowFingerprints?: readonly string[];
  /** Bits per character a value in a secret-looking assignment needs to count as a secret (default 3). */
  entropyThreshold?: number;
  /** Characters such a value needs (default 12). */
  minSecretLength?: number;
  /** Larger files are not scanned (default 8 MiB). */
  maxFileBytes?: number;
}
