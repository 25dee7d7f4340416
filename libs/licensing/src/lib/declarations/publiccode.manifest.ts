import type { ManifestLicenses } from './manifest.types';
import { declare, emptyResult, field, lineOf, parseError, stringField, type ManifestFile } from './manifest-support';
import { parseYaml } from './yaml-document';

/** publiccode.yml's `legal.license`, which the standard requires to be an SPDX expression. */
export function readPubliccode(file: ManifestFile): ManifestLicenses {
  const parsed = parseYaml(file.text);
  if ('error' in parsed) return parseError(file, 'YAML', parsed.error);
  const result = emptyResult(file);
  const license = stringField(field(parsed.document, 'legal'), 'license');
  if (license) result.declarations.push(declare({ ...file, source: 'PUBLICCODE' }, license, lineOf(file.text, /^\s+license\s*:/)));
  return result;
}
