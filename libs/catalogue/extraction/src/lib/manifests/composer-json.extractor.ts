import { ComponentExtractor, ManifestError } from '../component-extractor';
import { describingFileNamed } from '../support/describing-paths';
import { lineMatching } from '../support/source-lines';
import { field, isRecord, keysOf, text, textList } from '../support/untrusted-values';
import { eitherLicense, noLibrary, oneLibrary } from './library-component.factory';
import { readJson } from './manifest-formats';

/** Composer's `vendor/package` rule for names Packagist accepts. */
const COMPOSER_NAME = /^[a-z0-9]([_.-]?[a-z0-9]+)*\/[a-z0-9](([_.]|-{1,2})?[a-z0-9]+)*$/;

/**
 * A Composer package. `type: project` is an application (Composer's own word for the root of
 * one, installed with `create-project`), and a file without a name cannot be published: neither
 * is a library. `require` entries without a vendor (`php`, `ext-json`) name the platform, not
 * packages, and are left out of the dependencies.
 */
export const composerJsonExtractor: ComponentExtractor = {
  name: 'composer-json',
  matches: describingFileNamed('composer.json'),
  extract(file) {
    const data = readJson(file.content);
    if (!isRecord(data)) throw new ManifestError('a composer.json is a JSON object', 1);
    const type = text(field(data, 'type')) ?? 'library';
    if (type === 'project' || field(data, 'name') === undefined) return noLibrary();
    const name = text(field(data, 'name'));
    if (!name || !COMPOSER_NAME.test(name)) throw new ManifestError('"name" is not a vendor/package name Composer accepts', lineMatching(file.content, /"name"\s*:/));
    return oneLibrary(file.path, {
      name,
      version: text(field(data, 'version')),
      ecosystem: 'composer',
      license: eitherLicense(textList(field(data, 'license'))),
      description: text(field(data, 'description')),
      dependencies: keysOf(field(data, 'require')).filter((dependency) => dependency.includes('/')),
      details: { type, homepage: text(field(data, 'homepage')), keywords: textList(field(data, 'keywords')) },
    });
  },
};
