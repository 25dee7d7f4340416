import { ComponentExtractor, ManifestError } from '../component-extractor';
import { describingFileNamed } from '../support/describing-paths';
import { lineMatching } from '../support/source-lines';
import { field, isRecord, keysOf, text, textList } from '../support/untrusted-values';
import { eitherLicense, noLibrary, oneLibrary } from './library-component.factory';
import { readJson } from './manifest-formats';

/** npm's rule for package names (scoped or not); upper case only in names older than the rule. */
const NPM_NAME = /^(?:@[a-z0-9~-][a-z0-9._~-]*\/)?[a-z0-9~-][a-z0-9._~-]*$/i;
const MAX_NPM_NAME_LENGTH = 214;

/**
 * A package.json is a library when npm would publish it. Left out, as npm leaves them out:
 * `private` packages (npm's documented way to keep an application or an internal package from
 * being published, so it also marks applications) and files without a name. Workspace roots
 * (`workspaces`) hold packages rather than being one. An application that is not marked
 * private is publishable, and is listed: nothing else in the file tells it from a library.
 */
export const packageJsonExtractor: ComponentExtractor = {
  name: 'package-json',
  matches: describingFileNamed('package.json'),
  extract(file) {
    const data = readJson(file.content);
    if (!isRecord(data)) throw new ManifestError('a package.json is a JSON object', 1);
    if (field(data, 'private') || field(data, 'workspaces') !== undefined || field(data, 'name') === undefined) return noLibrary();
    const name = text(field(data, 'name'));
    if (!name || name.length > MAX_NPM_NAME_LENGTH || !NPM_NAME.test(name)) {
      throw new ManifestError('"name" is not a package name npm accepts', lineMatching(file.content, /"name"\s*:/));
    }
    return oneLibrary(file.path, {
      name,
      version: text(field(data, 'version')),
      ecosystem: 'npm',
      license: licenseOf(data),
      description: text(field(data, 'description')),
      dependencies: keysOf(field(data, 'dependencies')),
      details: { homepage: text(field(data, 'homepage')), repository: text(field(data, 'repository')) ?? text(field(field(data, 'repository'), 'url')), keywords: textList(field(data, 'keywords')) },
    });
  },
};

/** `license` as written, or the deprecated `license: {type}` and `licenses: [{type}]` forms. */
function licenseOf(data: Record<string, unknown>): string | null {
  const license = field(data, 'license');
  const written = text(license) ?? text(field(license, 'type'));
  if (written) return written;
  const legacy = field(data, 'licenses');
  return eitherLicense(Array.isArray(legacy) ? legacy.map((entry) => text(entry) ?? text(field(entry, 'type'))).filter((entry): entry is string => entry !== null) : []);
}
