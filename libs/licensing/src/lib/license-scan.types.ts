/**
 * The vocabulary of the license check, shared by the detector, the worker, the command line
 * and the GraphQL report. Nothing here knows where a file came from (a git commit or a
 * directory on disk): callers hand over a {@link LicenseScanTree}.
 */

/** How a license was found. */
export type LicenseMethod = 'EXACT' | 'DICE' | 'NOTICE' | 'SPDX_TAG' | 'REUSE' | 'MANIFEST' | 'PUBLICCODE';

export type LicenseStatus = 'ALLOWED' | 'DENIED' | 'UNKNOWN' | 'NEEDS_REVIEW';

export type FindingSeverity = 'ERROR' | 'WARNING' | 'INFO';

export interface LicenseFinding {
  /** Stable machine-readable name, e.g. `declared-license-mismatch`. */
  rule: string;
  severity: FindingSeverity;
  path: string | null;
  line: number | null;
  message: string;
}

/**
 * One file of the scanned tree. `content` is absent for files the reader skipped (binary,
 * over the size limit, symlink, submodule); their path still counts for REUSE coverage.
 */
export interface LicenseScanFile {
  path: string;
  kind: 'text' | 'binary' | 'symlink' | 'too-large';
  content?: string;
}

export interface LicenseScanTree {
  files: readonly LicenseScanFile[];
  /** Set when the reader stopped early (file count or byte budget); the report says so. */
  truncated?: boolean;
}

/** One place in the tree that says something about licensing. */
export interface LicenseFileResult {
  path: string;
  /** SPDX id or expression; `LicenseRef-unknown` when a license text matched nothing. */
  spdxId: string;
  /** 0-100; 100 for declarations (tags, manifests), the similarity for texts. */
  confidence: number;
  method: LicenseMethod;
  line?: number | null;
}

export interface ReuseFileResult {
  path: string;
  copyright: boolean;
  /** The expressions that apply to the file, from every source that contributes by REUSE's order of precedence. */
  licenses: string[];
  /** Where the licenses (without any, the copyright) came from; when several contribute, the file's own first. */
  source: 'header' | 'sidecar' | 'reuse-toml' | 'dep5' | null;
}

export interface ReuseReport {
  /** The tree follows REUSE 3.x: every covered file has copyright and license information. */
  compliant: boolean;
  /** The tree uses REUSE at all (LICENSES/ directory, REUSE.toml, dep5 or SPDX tags). */
  used: boolean;
  files: ReuseFileResult[];
}

export interface LicenseScanResult {
  expression: string | null;
  status: LicenseStatus;
  /** Outbound compatibility hints for the project's combination of licenses. */
  outbound: string[];
  files: LicenseFileResult[];
  findings: LicenseFinding[];
  reuse: ReuseReport;
  truncated: boolean;
}
