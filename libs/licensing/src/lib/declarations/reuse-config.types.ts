import type { ReuseGlob } from './reuse-glob';
import type { ExpressionCheck } from './spdx-expression.types';

/**
 * REUSE 3.3, "REUSE.toml": `closest` fills in what a file does not say itself, `aggregate` adds
 * to whatever the file says, `override` replaces everything closer to the file. DEP5 always
 * aggregates.
 */
export type ReusePrecedence = 'closest' | 'aggregate' | 'override';

export interface AnnotationExpression {
  raw: string;
  /** 1-based line in the configuration file; null where the parser cannot tell. */
  line: number | null;
  check: ExpressionCheck;
}

/** One `[[annotations]]` table of REUSE.toml, or one `Files:` paragraph of DEP5. */
export interface ReuseAnnotation {
  globs: ReuseGlob[];
  precedence: ReusePrecedence;
  copyrights: string[];
  expressions: AnnotationExpression[];
  line: number | null;
}

/** Something wrong with a configuration file, reported rather than thrown. */
export interface ConfigProblem {
  line: number | null;
  message: string;
}

export interface ReuseConfig {
  kind: 'reuse-toml' | 'dep5';
  /** Path of the configuration file in the tree. */
  path: string;
  /** Its globs are relative to this directory: `''` at the root, else ending in `/`. */
  directory: string;
  annotations: ReuseAnnotation[];
  problems: ConfigProblem[];
}

/** A file this large is generated or hostile; the first ones are read, the rest reported. */
export const MAX_ANNOTATIONS = 1000;
export const MAX_GLOBS_PER_CONFIG = 5000;
