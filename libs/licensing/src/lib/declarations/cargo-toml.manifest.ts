import { parse } from 'smol-toml';
import type { ManifestLicenses } from './manifest.types';
import { parseDocument } from './parse-document';
import { declare, emptyResult, field, lineOf, parseError, resolveRelative, stringField, type ManifestFile } from './manifest-support';

/**
 * Cargo's `license` (an SPDX expression; the old `MIT/Apache-2.0` form is reported invalid with
 * the OR spelling as suggestion) and `license-file`, in `[package]` or `[workspace.package]`.
 * `license.workspace = true` inherits from the workspace root, which is read on its own.
 */
export function readCargoToml(file: ManifestFile): ManifestLicenses {
  const parsed = parseDocument(file.text, parse);
  if ('error' in parsed) return parseError(file, 'TOML', parsed.error);
  const data = parsed.document;
  const result = emptyResult(file);
  for (const table of [field(data, 'package'), field(field(data, 'workspace'), 'package')]) {
    const license = stringField(table, 'license');
    if (license) result.declarations.push(declare(file, license, lineOf(file.text, /^\s*license\s*=/)));
    const licenseFile = stringField(table, 'license-file');
    if (licenseFile) {
      result.licenseFiles.push({ path: file.path, line: lineOf(file.text, /^\s*license-file\s*=/), file: resolveRelative(file.path, licenseFile), manifest: file.manifest });
    }
  }
  return result;
}
