import type { ExtractedComponent } from '../catalogue.types';
import type { ComponentExtractor } from '../component-extractor';
import { descriptionsOf } from '../text/localized-description';
import { clipText, firstItems } from '../text/text-limits';
import { dockerfileFacts, finalBase, type DockerfileFacts } from './dockerfile-facts';
import { dockerfileHardening } from './dockerfile-hardening';
import { parseDockerfile } from './dockerfile.parser';
import type { Command } from './image-config.resolver';

const OCI = 'org.opencontainers.image.';
/** Files beside a Dockerfile that are not one: per-Dockerfile ignore files, templates, documents, backups. */
const NOT_DOCKERFILES = ['.dockerignore', '.template', '.tmpl', '.tpl', '.j2', '.jinja', '.jinja2', '.erb', '.in', '.md', '.txt', '.orig', '.bak'];
const SUFFIXES = ['.dockerfile', '.containerfile'];

/** `Dockerfile`, `Containerfile`, `api.Dockerfile`, `Dockerfile.prod` in any folder: one CONTAINER_IMAGE each. */
export const containerImageExtractor: ComponentExtractor = {
  name: 'dockerfile',
  matches: isDockerfilePath,
  extract(file) {
    const facts = dockerfileFacts(parseDockerfile(file.content));
    return { components: [componentOf(file.path, facts)], findings: [] };
  },
};

export function isDockerfilePath(path: string): boolean {
  const file = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
  if (NOT_DOCKERFILES.some((suffix) => file.endsWith(suffix))) return false;
  return file === 'dockerfile' || file === 'containerfile' || file.startsWith('dockerfile.') || file.startsWith('containerfile.') || SUFFIXES.some((suffix) => file.endsWith(suffix) && file.length > suffix.length);
}

function componentOf(path: string, facts: DockerfileFacts): ExtractedComponent {
  const label = (name: string) => {
    const setting = facts.config.labels.get(OCI + name);
    return setting?.resolved && setting.value.trim() !== '' ? clipText(setting.value.trim()) : null;
  };
  const finalStage = facts.dockerfile.stages[facts.dockerfile.stages.length - 1];
  const platform = finalStage.platform !== null && !finalStage.platform.includes('$') ? clipText(finalStage.platform) : null;
  return {
    key: `CONTAINER_IMAGE:${path}`,
    kind: 'CONTAINER_IMAGE',
    path,
    name: label('title') ?? nameFromPath(path),
    version: label('version'),
    ecosystem: null,
    descriptions: descriptionsOf(label('description')),
    categories: [],
    platforms: platform ? [platform] : [],
    softwareType: null,
    developmentStatus: null,
    maintenanceType: null,
    declaredLicense: label('licenses'),
    dependsOn: firstItems(unique(facts.externalImages.map((image) => clipText(image.image)))),
    usedBy: [],
    logo: null,
    hardening: dockerfileHardening(facts),
    details: detailsOf(facts),
  };
}

/** What the component page shows: the build's shape and the final image's configuration. */
function detailsOf(facts: DockerfileFacts): Record<string, unknown> {
  const { dockerfile, config } = facts;
  return {
    baseImage: clipText(finalBase(facts).image),
    baseImages: firstItems(unique(facts.externalImages.filter((image) => image.via === 'FROM').map((image) => clipText(image.image)))),
    stageCount: dockerfile.stages.length,
    stages: firstItems(dockerfile.stages).map((stage) => ({
      index: stage.index,
      name: stage.name === null ? null : clipText(stage.name),
      image: clipText(stage.image),
      buildsOnStage: stage.parent,
      platform: stage.platform === null ? null : clipText(stage.platform),
      line: stage.line,
    })),
    exposedPorts: firstItems(unique(config.ports.map((port) => clipText(port.value)))),
    labels: Object.fromEntries(firstItems([...config.labels]).map(([key, setting]) => [clipText(key), clipText(setting.value)])),
    user: config.user === null ? null : clipText(config.user.value),
    entrypoint: commandDetail(config.entrypoint),
    cmd: commandDetail(config.cmd),
    healthcheck: config.healthcheck === null ? null : clipText(config.healthcheck.value),
    syntax: dockerfile.directives['syntax'] === undefined ? null : clipText(dockerfile.directives['syntax']),
  };
}

/**
 * `api.Dockerfile` is named `api` by its author; otherwise the folder names the image
 * (`images/postgres/Dockerfile`), and a Dockerfile at the top has only its path.
 */
function nameFromPath(path: string): string {
  const slash = path.lastIndexOf('/');
  const file = path.slice(slash + 1);
  const suffix = SUFFIXES.find((candidate) => file.toLowerCase().endsWith(candidate) && file.length > candidate.length);
  if (suffix) return clipText(file.slice(0, -suffix.length));
  if (slash < 0) return clipText(path);
  const folder = path.slice(0, slash);
  return clipText(folder.slice(folder.lastIndexOf('/') + 1));
}

function commandDetail(command: Command | null): string[] | string | null {
  if (command === null) return null;
  return typeof command.value === 'string' ? clipText(command.value) : firstItems(command.value).map((part) => clipText(part));
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}
