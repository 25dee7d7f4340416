import { checkLicenseExpression } from './spdx-expression';
import type { ManifestLicenses } from './manifest.types';
import { parseDocument } from './parse-document';
import { alternatives, declare, emptyResult, field, isRecord, lineOf, parseError, resolveRelative, stringField, type ManifestFile } from './manifest-support';

const SEE_LICENSE_IN = /^SEE LICEN[CS]E IN\s+(.+)$/i;

/**
 * npm's `license` (an SPDX expression, `UNLICENSED`, or `SEE LICENSE IN <file>`) and the
 * deprecated `license: {type}` / `licenses: [...]` forms. npm never defined how several
 * legacy entries combine; they were used for dual licensing, so they are read as OR.
 */
export function readPackageJson(file: ManifestFile): ManifestLicenses {
  const parsed = parseDocument(file.text, JSON.parse);
  if ('error' in parsed) return parseError(file, 'JSON', parsed.error);
  const data = parsed.document;
  const result = emptyResult(file);
  const license = field(data, 'license');
  const text = typeof license === 'string' ? license.trim() : stringField(license, 'type');
  const line = lineOf(file.text, /"license"\s*:/);
  if (text) readLicenseString(file, text, line, result);
  const legacy = legacyEntries(field(data, 'licenses'));
  const declaration = alternatives(file, legacy.map((raw) => ({ raw, check: checkLicenseExpression(raw) })), lineOf(file.text, /"licenses"\s*:/));
  if (declaration) result.declarations.push(declaration);
  return result;
}

function readLicenseString(file: ManifestFile, text: string, line: number | null, result: ManifestLicenses): void {
  if (/^UNLICENSED$/i.test(text)) {
    result.unlicensed = true;
    return;
  }
  const see = SEE_LICENSE_IN.exec(text);
  if (see) {
    result.licenseFiles.push({ path: file.path, line, file: resolveRelative(file.path, see[1].trim()), manifest: file.manifest });
    return;
  }
  result.declarations.push(declare(file, text, line));
}

function legacyEntries(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value
    .map((entry) => (typeof entry === 'string' ? entry.trim() : isRecord(entry) ? stringField(entry, 'type') : null))
    .filter((entry): entry is string => entry !== null && entry !== '');
}
