/**
 * One finding about a publiccode.yml, worded and placed like publiccode-parser-go does:
 * `key` is a path such as `maintenance.contacts[0].name` (language keys that are not plain
 * letters appear in brackets, `description[en-GB].features`), `line`/`column` are 1-based, and
 * 0/0 when the finding belongs to no place in the file (e.g. a missing `publiccodeYmlVersion`).
 */
export interface PubliccodeResult {
  type: 'error' | 'warning';
  key: string;
  line: number;
  column: number;
  description: string;
}

export interface PubliccodeValidation {
  /** No result of type `error` (warnings allowed). */
  valid: boolean;
  /** The declared `publiccodeYmlVersion`, when it is a supported one. */
  version: string | null;
  results: PubliccodeResult[];
  /** The parsed, typed data whenever the YAML parsed and the version is supported; fields of the wrong type are left out. */
  document: PubliccodeDocument | null;
}

/** Files beside the publiccode.yml, for the checks of `logo`, `screenshots` and `authorsFile`. */
export interface PubliccodeFiles {
  /** The file's bytes, or null when there is none. `path` is relative, normalised and never leaves the root. */
  read(path: string): Uint8Array | null;
}

export interface PubliccodeValidationOptions {
  /** Without it, relative file references are checked by their name only (extension, relative path). */
  files?: PubliccodeFiles;
  /**
   * Whether an Italian iPA code exists in the IndicePA registry (compare without regard to case).
   * The project ships no copy of that registry: without this, `urn:x-italian-pa:` codes and
   * `IT.riuso.codiceIPA` are only checked for their form.
   */
  isItalianIpaCode?: (code: string) => boolean;
  /** Larger inputs are refused before parsing. Default 1 MiB. */
  maxBytes?: number;
}

export interface PubliccodeOrganisation {
  name?: string;
  uri?: string;
}

export interface PubliccodeDescription {
  localisedName?: string;
  genericName?: string;
  shortDescription?: string;
  longDescription?: string;
  documentation?: string;
  apiDocumentation?: string;
  features?: string[];
  screenshots?: string[];
  videos?: string[];
  awards?: string[];
}

export interface PubliccodeContractor {
  name?: string;
  email?: string;
  website?: string;
  until?: string;
}

export interface PubliccodeContact {
  name?: string;
  email?: string;
  affiliation?: string;
  phone?: string;
}

export interface PubliccodeDependency {
  name?: string;
  versionMin?: string;
  versionMax?: string;
  optional?: boolean;
  version?: string;
}

export interface PubliccodeItalianSection {
  countryExtensionVersion?: string;
  conforme?: { lineeGuidaDesign?: boolean; modelloInteroperabilita?: boolean; misureMinimeSicurezza?: boolean; gdpr?: boolean };
  riuso?: { codiceIPA?: string };
  piattaforme?: { spid?: boolean; pagopa?: boolean; cie?: boolean; anpr?: boolean; io?: boolean };
}

/** publiccode.yml standard 0.x as decoded. The deprecated `it` section is also copied to `IT`. */
export interface PubliccodeDocument {
  publiccodeYmlVersion: string;
  name?: string;
  applicationSuite?: string;
  url?: string;
  landingURL?: string;
  /** A single URL in the file is a list of one here. */
  isBasedOn?: string[];
  softwareVersion?: string;
  releaseDate?: string;
  logo?: string;
  monochromeLogo?: string;
  organisation?: PubliccodeOrganisation;
  inputTypes?: string[];
  outputTypes?: string[];
  platforms?: string[];
  categories?: string[];
  usedBy?: string[];
  fundedBy?: PubliccodeOrganisation[];
  roadmap?: string;
  developmentStatus?: string;
  softwareType?: string;
  intendedAudience?: { scope?: string[]; countries?: string[]; unsupportedCountries?: string[] };
  description?: Record<string, PubliccodeDescription>;
  legal?: { license?: string; mainCopyrightOwner?: string; repoOwner?: string; authorsFile?: string };
  maintenance?: { type?: string; contractors?: PubliccodeContractor[]; contacts?: PubliccodeContact[] };
  localisation?: { localisationReady?: boolean; availableLanguages?: string[] };
  dependsOn?: { open?: PubliccodeDependency[]; proprietary?: PubliccodeDependency[]; hardware?: PubliccodeDependency[] };
  supports?: { id?: string }[];
  IT?: PubliccodeItalianSection;
  it?: PubliccodeItalianSection;
}
