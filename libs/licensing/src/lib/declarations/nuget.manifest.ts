import { checkLicenseExpression } from './spdx-expression';
import type { ManifestLicenses } from './manifest.types';
import { declare, emptyResult, field, interpret, lineOf, parseError, resolveRelative, type ManifestFile } from './manifest-support';
import { asList, xmlText } from '@allmende/xml';
import { parseXml } from './xml-document';

/** MSBuild project files: `<PackageLicenseExpression>` and `<PackageLicenseFile>` in any `<PropertyGroup>`. */
export function readCsproj(file: ManifestFile): ManifestLicenses {
  const parsed = parseXml(file.text);
  if ('error' in parsed) return parseError(file, 'XML', parsed.error);
  const result = emptyResult(file);
  const groups = asList(field(field(parsed.document, 'Project'), 'PropertyGroup'));
  const expressions = new Set(groups.flatMap((group) => asList(field(group, 'PackageLicenseExpression')).map(xmlText)));
  for (const expression of expressions) {
    if (expression) result.declarations.push(declare(file, expression, lineOf(file.text, /<PackageLicenseExpression>/)));
  }
  const files = new Set(groups.flatMap((group) => asList(field(group, 'PackageLicenseFile')).map(xmlText)));
  for (const target of files) {
    if (target) result.licenseFiles.push({ path: file.path, line: lineOf(file.text, /<PackageLicenseFile>/), file: resolveRelative(file.path, target), manifest: file.manifest });
  }
  return result;
}

/**
 * `.nuspec`: `<license type="expression">` or `type="file"`, and the deprecated
 * `<licenseUrl>`, which is only read when there is no `<license>` and is marked interpreted.
 */
export function readNuspec(file: ManifestFile): ManifestLicenses {
  const parsed = parseXml(file.text);
  if ('error' in parsed) return parseError(file, 'XML', parsed.error);
  const result = emptyResult(file);
  const metadata = field(field(parsed.document, 'package'), 'metadata');
  const license = field(metadata, 'license');
  const value = xmlText(license);
  const type = field(license, '@type');
  const line = lineOf(file.text, /<license[\s>]/);
  if (value && type === 'file') {
    result.licenseFiles.push({ path: file.path, line, file: resolveRelative(file.path, value), manifest: file.manifest });
  } else if (value) {
    result.declarations.push(declare(file, value, line, checkLicenseExpression(value)));
  } else {
    const url = xmlText(field(metadata, 'licenseUrl'));
    if (url) {
      const { check, interpreted } = interpret(null, url);
      result.declarations.push(declare(file, url, lineOf(file.text, /<licenseUrl>/), check, interpreted));
    }
  }
  return result;
}
