import type { ManifestLicenses } from './manifest.types';
import { alternatives, emptyResult, field, interpret, lineOf, parseError, type ManifestFile } from './manifest-support';
import { asList, xmlText } from '@allmende/xml';
import { parseXml } from './xml-document';

/**
 * Maven's `<licenses>`. `<name>` is free text, so it is mapped to an SPDX id (via the
 * suggestion, then via `<url>`) and the declaration is marked `interpreted`. Several
 * `<license>` elements become OR: the POM reference says "If multiple licenses are listed,
 * it is assumed that the user can select any of them, not that they must accept all."
 */
export function readPomXml(file: ManifestFile): ManifestLicenses {
  const parsed = parseXml(file.text);
  if ('error' in parsed) return parseError(file, 'XML', parsed.error);
  const result = emptyResult(file);
  const licenses = asList(field(field(field(parsed.document, 'project'), 'licenses'), 'license'));
  const entries = licenses.flatMap((license) => {
    const name = xmlText(field(license, 'name'));
    const url = xmlText(field(license, 'url'));
    if (name === null && url === null) return [];
    return [{ raw: name ?? url ?? '', ...interpret(name, url) }];
  });
  const declaration = alternatives(file, entries, lineOf(file.text, /<license[\s>]/));
  if (declaration) result.declarations.push(declaration);
  return result;
}
