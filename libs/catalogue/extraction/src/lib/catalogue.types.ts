/**
 * What the catalogue learns from a commit: the reusable components it holds, each tied to the
 * file that describes it, and what was wrong with files that looked like component descriptions.
 */
export type ComponentKind = 'APPLICATION' | 'CONTAINER_IMAGE' | 'HELM_CHART' | 'LIBRARY' | 'CONFIGURATION' | 'OTHER';

export const COMPONENT_KINDS: readonly ComponentKind[] = ['APPLICATION', 'CONTAINER_IMAGE', 'HELM_CHART', 'LIBRARY', 'CONFIGURATION', 'OTHER'];

/** Where a library's package lives; null for components that are not packages. */
export type PackageEcosystem = 'npm' | 'maven' | 'composer' | 'pypi' | 'cargo' | 'go';

/** One file of the tree, as the readers of `@allmende/git` give it; content only for text files. */
export interface CatalogueFile {
  path: string;
  kind: 'text' | 'binary' | 'symlink' | 'too-large';
  content?: string;
  size?: number;
}

export interface CatalogueTree {
  files: readonly CatalogueFile[];
  truncated?: boolean;
}

/** Text of one language (BCP 47 key such as `de`, `en`, `de-DE`, or `und` when unknown). */
export interface LocalizedDescription {
  shortDescription: string | null;
  longDescription: string | null;
  features: string[];
}

export interface HardeningCheck {
  /** Stable identifier, e.g. `non-root-user`, `base-image-digest`, `run-as-non-root`. */
  name: string;
  passed: boolean;
  /** Why it passed or failed, with the place (stage, line, container) a fix needs. */
  detail: string;
}

/** LOW below 50, MEDIUM 50-79, HIGH 80 and above (see hardeningLevel). */
export type HardeningLevel = 'LOW' | 'MEDIUM' | 'HIGH';

export interface Hardening {
  /** 0-100: the weighted share of checks passed. */
  score: number;
  level: HardeningLevel;
  checks: HardeningCheck[];
}

export interface ExtractedComponent {
  /**
   * Identity within the repository, stable across pushes while the describing file stays where
   * it is (`<kind>:<path>[#<name>]`), so a second push updates the component instead of adding one.
   */
  key: string;
  kind: ComponentKind;
  /** The file the component was read from. */
  path: string;
  name: string;
  version: string | null;
  ecosystem: PackageEcosystem | null;
  /** Descriptions by language; the catalogue searches them all. */
  descriptions: Record<string, LocalizedDescription>;
  categories: string[];
  platforms: string[];
  /** publiccode.yml `softwareType`, e.g. `standalone/web`. */
  softwareType: string | null;
  developmentStatus: string | null;
  /** publiccode.yml `maintenance.type`: internal, contract, community, none. */
  maintenanceType: string | null;
  /** The license the describing file declares (SPDX expression as written), if any. */
  declaredLicense: string | null;
  /** Other software this component needs, as named in the file (publiccode dependsOn, base images, chart dependencies). */
  dependsOn: string[];
  /** Organisations named as users (publiccode.yml `usedBy`): imported as unverified adoption. */
  usedBy: string[];
  logo: string | null;
  hardening: Hardening | null;
  /** Kind-specific facts shown on the component page (base images, exposed ports, OCI labels, stages, ...). */
  details: Record<string, unknown>;
}

export type CatalogueSeverity = 'ERROR' | 'WARNING' | 'INFO';

/** Rule ids, e.g. `invalid-manifest`, `file-too-large`, `symlink-skipped`, `extraction-truncated`. */
export interface CatalogueFinding {
  rule: string;
  severity: CatalogueSeverity;
  path: string | null;
  line: number | null;
  message: string;
}

export interface CatalogueExtraction {
  components: ExtractedComponent[];
  findings: CatalogueFinding[];
  truncated: boolean;
}
