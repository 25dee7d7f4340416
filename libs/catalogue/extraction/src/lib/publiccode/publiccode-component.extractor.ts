import { parseUntrustedYaml } from '@allmende/yaml';
import { ComponentExtractor, ManifestError } from '../component-extractor';
import { newComponent } from '../support/component.factory';
import { describingFileNamed } from '../support/describing-paths';
import { lineMatching } from '../support/source-lines';
import { field, isRecord, text, textList, unique } from '../support/untrusted-values';
import { dependenciesOf } from './publiccode-dependencies.reader';
import { descriptionsOf, perLanguage } from './publiccode-descriptions.reader';
import { publiccodeDetails } from './publiccode-details.reader';
import { kindOfSoftwareType } from './software-type.mapping';

/**
 * A publiccode.yml is one component. The catalogue is lenient where the validator is strict:
 * the conduct check reports every validation error, while here each field is read on its own
 * and one of the wrong type is left out, so a file with mistakes but a name is still listed.
 * The YAML is read with the limits @allmende/publiccode uses (YAML 1.2, nesting, aliases);
 * its validator is not the reader because it drops a whole section for one wrong value inside
 * and reads nothing without a supported `publiccodeYmlVersion`.
 */
export const publiccodeExtractor: ComponentExtractor = {
  name: 'publiccode',
  matches: describingFileNamed('publiccode.yml', 'publiccode.yaml'),
  extract(file) {
    const parsed = parseUntrustedYaml(file.content, { numbersAsText: true });
    if (!parsed.ok) throw new ManifestError(`not valid YAML: ${parsed.message}`, parsed.line);
    const data = parsed.value;
    if (!isRecord(data)) throw new ManifestError('a publiccode.yml is a mapping of keys such as name, description and legal', 1);
    const description = field(data, 'description');
    const name = text(field(data, 'name')) ?? Object.values(perLanguage(description, 'localisedName'))[0];
    if (!name) throw new ManifestError('the software has no name: `name` is missing or not a text', lineMatching(file.content, /^name\s*:/));
    const softwareType = text(field(data, 'softwareType'));
    const dependsOn = field(data, 'dependsOn');
    const component = newComponent(kindOfSoftwareType(softwareType), file.path, name, {
      version: text(field(data, 'softwareVersion')),
      descriptions: descriptionsOf(description),
      categories: unique(textList(field(data, 'categories'))),
      platforms: unique(textList(field(data, 'platforms'))),
      softwareType,
      developmentStatus: text(field(data, 'developmentStatus')),
      maintenanceType: text(field(field(data, 'maintenance'), 'type')),
      declaredLicense: text(field(field(data, 'legal'), 'license')),
      dependsOn: unique([...dependenciesOf(dependsOn, 'open'), ...dependenciesOf(dependsOn, 'proprietary'), ...dependenciesOf(dependsOn, 'hardware')]),
      usedBy: unique(textList(field(data, 'usedBy'))),
      logo: text(field(data, 'logo')),
      details: { ...publiccodeDetails(data), ...groupedDependencies(dependsOn) },
    });
    return { components: [component], findings: [] };
  },
};

/** Proprietary and hardware dependencies matter to whoever adopts the software: the page names them apart. */
function groupedDependencies(dependsOn: unknown): Record<string, string[]> {
  const proprietary = dependenciesOf(dependsOn, 'proprietary');
  const hardware = dependenciesOf(dependsOn, 'hardware');
  return { ...(proprietary.length > 0 ? { proprietaryDependencies: proprietary } : {}), ...(hardware.length > 0 ? { hardwareDependencies: hardware } : {}) };
}
