import { parseUntrustedYaml } from '@allmende/yaml';
import { ComponentExtractor, ManifestError } from '../component-extractor';
import { newComponent } from '../support/component.factory';
import { describingFileNamed, fileNameOf, folderNameOf } from '../support/describing-paths';
import { lineMatching } from '../support/source-lines';
import { field, isRecord, presentDetails, text, unique } from '../support/untrusted-values';
import { composeHardening } from './compose-hardening.checks';
import { composeServices, type ComposeService } from './compose-services.reader';

/**
 * A Compose file is one CONFIGURATION: a ready setup of services a municipality can run.
 * Its name is the project name Compose itself would use: top-level `name`, else the folder's
 * name; a file at the repository's root has no folder, so it is named after the file. The
 * images it pulls are what it depends on. Merge keys (`<<: *defaults`) are read as Compose
 * reads them.
 */
export const composeExtractor: ComponentExtractor = {
  name: 'compose',
  matches: describingFileNamed('docker-compose.yml', 'docker-compose.yaml', 'compose.yml', 'compose.yaml'),
  extract(file) {
    const parsed = parseUntrustedYaml(file.content, { merge: true, numbersAsText: true });
    if (!parsed.ok) throw new ManifestError(`not valid YAML: ${parsed.message}`, parsed.line);
    const data = parsed.value;
    if (!isRecord(data)) throw new ManifestError('a Compose file is a mapping with services', 1);
    const services = field(data, 'services');
    if (services !== undefined && services !== null && !isRecord(services)) throw new ManifestError('`services` is a mapping from service names to services', lineMatching(file.content, /^services\s*:/));
    const read = composeServices(services);
    const name = text(field(data, 'name')) ?? (folderNameOf(file.path) || fileNameOf(file.path).replace(/\.ya?ml$/, ''));
    const component = newComponent('CONFIGURATION', file.path, name, {
      dependsOn: unique(read.flatMap((service) => service.image ?? [])),
      hardening: composeHardening(read),
      details: { services: read.map(serviceDetails) },
    });
    return { components: [component], findings: [] };
  },
};

function serviceDetails(service: ComposeService): Record<string, unknown> {
  return { name: service.name, ...presentDetails({ image: service.image, build: service.build, ports: service.ports }) };
}
