import { asList, xmlText } from '@allmende/xml';
import { ComponentExtractor, ManifestError } from '../component-extractor';
import { describingFileNamed } from '../support/describing-paths';
import { lineMatching } from '../support/source-lines';
import { field, isRecord } from '../support/untrusted-values';
import { eitherLicense, noLibrary, oneLibrary } from './library-component.factory';
import { readXml } from './manifest-formats';

/**
 * Packagings that are not libraries: `pom` aggregates modules (each has its own pom.xml),
 * `war` and `ear` are applications deployed to a server.
 */
const NOT_LIBRARIES: ReadonlySet<string> = new Set(['pom', 'war', 'ear']);

/**
 * A Maven project, named `groupId:artifactId` as Maven Central names it. The group and the
 * version may come from `<parent>`; `${…}` placeholders are filled from the POM's own
 * `<properties>`, and a version that still holds one is unknown. Several `<license>` names are
 * alternatives, as the POM reference reads them.
 */
export const pomXmlExtractor: ComponentExtractor = {
  name: 'pom-xml',
  matches: describingFileNamed('pom.xml'),
  extract(file) {
    const project = field(readXml(file.content), 'project');
    if (!isRecord(project)) throw new ManifestError('a pom.xml has a <project> element at its root', 1);
    const packaging = xmlText(field(project, 'packaging')) ?? 'jar';
    if (NOT_LIBRARIES.has(packaging)) return noLibrary();
    const parent = field(project, 'parent');
    const properties = field(project, 'properties');
    const groupId = resolved(xmlText(field(project, 'groupId')) ?? xmlText(field(parent, 'groupId')), properties);
    const artifactId = resolved(xmlText(field(project, 'artifactId')), properties);
    if (!groupId || !artifactId) throw new ManifestError('a Maven project needs an <artifactId> and a <groupId> (its own or its parent\'s)', lineMatching(file.content, /<project[\s>]/));
    const licenses = asList(field(field(project, 'licenses'), 'license')).map((license) => xmlText(field(license, 'name')));
    return oneLibrary(file.path, {
      name: `${groupId}:${artifactId}`,
      version: resolved(xmlText(field(project, 'version')) ?? xmlText(field(parent, 'version')), properties),
      ecosystem: 'maven',
      license: eitherLicense(licenses.filter((license): license is string => license !== null)),
      description: xmlText(field(project, 'description')),
      dependencies: runtimeDependencies(field(project, 'dependencies')),
      details: { displayName: xmlText(field(project, 'name')), url: xmlText(field(project, 'url')), packaging },
    });
  },
};

/** The value with `${name}` filled from `<properties>` once; null when a placeholder remains. */
function resolved(value: string | null, properties: unknown): string | null {
  if (value === null) return null;
  const filled = value.replace(/\$\{([^}]+)\}/g, (placeholder, name: string) => xmlText(field(properties, name)) ?? placeholder);
  return filled.includes('${') ? null : filled;
}

/** `groupId:artifactId` of the dependencies that ship with the library (test-scoped ones do not). */
function runtimeDependencies(dependencies: unknown): string[] {
  return asList(field(dependencies, 'dependency')).flatMap((dependency) => {
    const groupId = xmlText(field(dependency, 'groupId'));
    const artifactId = xmlText(field(dependency, 'artifactId'));
    if (!groupId || !artifactId || xmlText(field(dependency, 'scope')) === 'test') return [];
    return [`${groupId}:${artifactId}`];
  });
}
