import { checkLicenseExpression } from './spdx-expression';
import type { ManifestLicenses } from './manifest.types';
import { alternatives, emptyResult, field, lineOf, parseError, stringList, type ManifestFile } from './manifest-support';
import { parseYaml } from './yaml-document';

/**
 * Helm's Chart.yaml has no license field; Artifact Hub reads the `artifacthub.io/license`
 * annotation. A `licenses` key (string or list) at the top level or among the annotations is
 * read too, as alternatives (OR).
 */
export function readHelmChart(file: ManifestFile): ManifestLicenses {
  const parsed = parseYaml(file.text);
  if ('error' in parsed) return parseError(file, 'YAML', parsed.error);
  const result = emptyResult(file);
  const annotations = field(parsed.document, 'annotations');
  const artifactHub = stringList(field(annotations, 'artifacthub.io/license'));
  const declared = alternatives(file, artifactHub.map((raw) => ({ raw, check: checkLicenseExpression(raw) })), lineOf(file.text, /artifacthub\.io\/license\s*:/));
  if (declared) result.declarations.push(declared);
  const listed = [...stringList(field(parsed.document, 'licenses')), ...stringList(field(annotations, 'licenses'))];
  const other = alternatives(file, listed.map((raw) => ({ raw, check: checkLicenseExpression(raw) })), lineOf(file.text, /^\s*licenses\s*:/));
  if (other) result.declarations.push(other);
  return result;
}
