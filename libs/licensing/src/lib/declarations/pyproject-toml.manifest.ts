import { parse } from 'smol-toml';
import type { ManifestLicenses } from './manifest.types';
import { parseDocument } from './parse-document';
import { declare, emptyResult, field, interpret, lineOf, parseError, resolveRelative, stringField, type ManifestFile } from './manifest-support';

/**
 * `[project] license`: since PEP 639 an SPDX expression; before it a table with free `text`
 * (mapped and marked interpreted) or a `file`. Poetry's `[tool.poetry] license` is an
 * expression too.
 */
export function readPyprojectToml(file: ManifestFile): ManifestLicenses {
  const parsed = parseDocument(file.text, parse);
  if ('error' in parsed) return parseError(file, 'TOML', parsed.error);
  const data = parsed.document;
  const result = emptyResult(file);
  const line = lineOf(file.text, /^\s*license\s*=/);
  const license = field(field(data, 'project'), 'license');
  if (typeof license === 'string' && license.trim() !== '') {
    result.declarations.push(declare(file, license.trim(), line));
  }
  const text = stringField(license, 'text');
  if (text) {
    const { check, interpreted } = interpret(text);
    result.declarations.push(declare(file, text, line, check, interpreted));
  }
  const licenseFile = stringField(license, 'file');
  if (licenseFile) result.licenseFiles.push({ path: file.path, line, file: resolveRelative(file.path, licenseFile), manifest: file.manifest });
  const poetry = stringField(field(field(data, 'tool'), 'poetry'), 'license');
  if (poetry) result.declarations.push(declare(file, poetry, lineOf(file.text, /^\s*license\s*=\s*["']/)));
  return result;
}
