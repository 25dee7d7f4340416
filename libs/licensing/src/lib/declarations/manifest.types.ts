import type { ExpressionCheck } from './spdx-expression.types';

/** A license a package manifest or publiccode.yml declares. */
export interface ManifestDeclaration {
  path: string;
  /** 1-based; null when the format gives no cheap way to find it. */
  line: number | null;
  /** The value as written; several values of a list field are joined with ` OR `. */
  raw: string;
  check: ExpressionCheck;
  source: 'MANIFEST' | 'PUBLICCODE';
  /** The file name as the ecosystem spells it: `package.json`, `Cargo.toml`, `*.gemspec`, … */
  manifest: string;
  /**
   * The field is free text by definition (Maven `<name>`, NuGet `<licenseUrl>`, `setup.cfg`,
   * a `pyproject.toml` `license.text`) and `check` is what that text was mapped to. Weaker
   * evidence than a field that must hold an SPDX expression.
   */
  interpreted: boolean;
}

/** A manifest's pointer to a file holding its license text (`license-file`, `SEE LICENSE IN …`). */
export interface ManifestLicenseFile {
  path: string;
  line: number | null;
  /** Repository-relative; null when the pointer leaves the repository. */
  file: string | null;
  manifest: string;
}

export interface ManifestLicenses {
  manifest: string;
  declarations: ManifestDeclaration[];
  licenseFiles: ManifestLicenseFile[];
  /** The manifest says no license is granted (npm `UNLICENSED`, Composer `proprietary`). */
  unlicensed: boolean;
  /** Why the file could not be read (invalid JSON, TOML, XML or YAML); the other fields are then empty. */
  error: string | null;
}
