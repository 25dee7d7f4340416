import { ManifestError } from '../component-extractor';
import { clipText, firstItems } from '../text/text-limits';
import { isTrue, listOf, recordOf, textOf, textsOf } from './yaml-fields';

export interface ChartMaintainer {
  name: string;
  email: string | null;
  url: string | null;
}

export interface ChartDependency {
  name: string;
  version: string | null;
  repository: string | null;
  alias: string | null;
  condition: string | null;
}

/** The fields of a Chart.yaml (apiVersion v1 or v2) the catalogue uses, each checked for its type. */
export interface ChartMetadata {
  apiVersion: string | null;
  name: string;
  version: string | null;
  appVersion: string | null;
  kubeVersion: string | null;
  description: string | null;
  /** Helm's default is `application`; a library chart only lends templates to other charts. */
  type: 'application' | 'library';
  keywords: string[];
  home: string | null;
  sources: string[];
  icon: string | null;
  maintainers: ChartMaintainer[];
  annotations: Record<string, string>;
  dependencies: ChartDependency[];
  deprecated: boolean;
}

/** Reads the parsed Chart.yaml; throws ManifestError when it is no mapping or names no chart, as Helm refuses both. */
export function chartMetadataOf(document: unknown): ChartMetadata {
  const chart = recordOf(document);
  if (!chart) throw new ManifestError('Chart.yaml is not a mapping of chart fields', 1);
  const name = textOf(chart['name']);
  if (!name) throw new ManifestError('Chart.yaml has no name', null);
  return {
    apiVersion: textOf(chart['apiVersion']),
    name,
    version: textOf(chart['version']),
    appVersion: textOf(chart['appVersion']),
    kubeVersion: textOf(chart['kubeVersion']),
    description: textOf(chart['description']),
    type: textOf(chart['type'])?.toLowerCase() === 'library' ? 'library' : 'application',
    keywords: textsOf(chart['keywords']),
    home: textOf(chart['home']),
    sources: textsOf(chart['sources']),
    icon: textOf(chart['icon']),
    maintainers: listOf(chart['maintainers']).flatMap((item) => {
      const maintainer = recordOf(item);
      const maintainerName = textOf(maintainer?.['name']);
      return maintainer && maintainerName ? [{ name: maintainerName, email: textOf(maintainer['email']), url: textOf(maintainer['url']) }] : [];
    }),
    annotations: annotationsOf(chart['annotations']),
    dependencies: dependenciesOf(chart['dependencies']),
    deprecated: isTrue(chart['deprecated']),
  };
}

/** `dependencies` of a v2 Chart.yaml or of a v1 chart's requirements.yaml. */
export function dependenciesOf(value: unknown): ChartDependency[] {
  return listOf(value).flatMap((item) => {
    const dependency = recordOf(item);
    const name = textOf(dependency?.['name']);
    if (!dependency || !name) return [];
    return [{ name, version: textOf(dependency['version']), repository: textOf(dependency['repository']), alias: textOf(dependency['alias']), condition: textOf(dependency['condition']) }];
  });
}

function annotationsOf(value: unknown): Record<string, string> {
  const annotations = recordOf(value);
  if (!annotations) return {};
  return Object.fromEntries(
    firstItems(Object.entries(annotations)).flatMap(([key, text]) => {
      const checked = textOf(text);
      return checked === null ? [] : [[clipText(key), checked]];
    }),
  );
}
