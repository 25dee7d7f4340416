import { checkLicenseExpression } from './spdx-expression';
import type { ManifestLicenses } from './manifest.types';
import { parseDocument } from './parse-document';
import { alternatives, emptyResult, field, lineOf, parseError, stringList, type ManifestFile } from './manifest-support';

/**
 * Composer's `license`: a string or an array. Composer documents the array as a choice
 * ("disjunctive license"), so it becomes OR; `proprietary` means closed source.
 */
export function readComposerJson(file: ManifestFile): ManifestLicenses {
  const parsed = parseDocument(file.text, JSON.parse);
  if ('error' in parsed) return parseError(file, 'JSON', parsed.error);
  const data = parsed.document;
  const result = emptyResult(file);
  const entries = stringList(field(data, 'license'));
  result.unlicensed = entries.some((entry) => entry.toLowerCase() === 'proprietary');
  const licenses = entries.filter((entry) => entry.toLowerCase() !== 'proprietary');
  const declaration = alternatives(file, licenses.map((raw) => ({ raw, check: checkLicenseExpression(raw) })), lineOf(file.text, /"license"\s*:/));
  if (declaration) result.declarations.push(declaration);
  return result;
}
