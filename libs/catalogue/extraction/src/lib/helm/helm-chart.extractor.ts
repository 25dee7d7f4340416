import type { CatalogueFinding, ExtractedComponent, Hardening } from '../catalogue.types';
import { ManifestError, type ComponentExtractor, type TreeLookup } from '../component-extractor';
import { MAX_MANIFEST_BYTES } from '../component-extractor';
import { descriptionsOf } from '../text/localized-description';
import { firstItems } from '../text/text-limits';
import { chartMetadataOf, dependenciesOf, type ChartDependency, type ChartMetadata } from './chart-metadata';
import { readChartFile } from './chart-file.reader';
import { helmHardening, helmHardeningNotChecked } from './helm-hardening';
import { readHelmYaml } from './helm-yaml.reader';
import { templateEvidence } from './template-evidence';
import { valuesEvidence } from './values-evidence';
import { recordOf } from './yaml-fields';

const LICENSE_ANNOTATION = 'artifacthub.io/license';
const CATEGORY_ANNOTATION = 'artifacthub.io/category';
const TEMPLATE_EXTENSIONS = ['.yaml', '.yml', '.tpl'];
const MAX_TEMPLATES = 500;
const MAX_CATEGORIES = 20;

/** `Chart.yaml` in any folder (Helm reads no other name): one HELM_CHART each, subcharts under charts/ included. */
export const helmChartExtractor: ComponentExtractor = {
  name: 'helm-chart',
  matches: (path) => path === 'Chart.yaml' || path.endsWith('/Chart.yaml'),
  // What a chart's hardening and dependencies are read from, wherever a chart may be.
  alsoReads: (path) => /(^|\/)(values|requirements)\.yaml$/.test(path) || /(^|\/)templates\//.test(path),
  extract(file, tree) {
    const read = readHelmYaml(file.content);
    if (!read.ok) throw new ManifestError(read.message, read.line);
    const chart = chartMetadataOf(read.value);
    const folder = file.path.slice(0, Math.max(0, file.path.lastIndexOf('/')));
    const findings: CatalogueFinding[] = [];
    const dependencies = chart.apiVersion === 'v1' && chart.dependencies.length === 0 ? requirementsOf(tree, folder, findings) : chart.dependencies;
    const hardening = chart.type === 'library' ? null : hardeningOf(tree, folder, findings);
    return { components: [componentOf(file.path, chart, dependencies, hardening)], findings };
  },
};

function componentOf(path: string, chart: ChartMetadata, dependencies: ChartDependency[], hardening: Hardening | null): ExtractedComponent {
  return {
    key: `HELM_CHART:${path}`,
    kind: 'HELM_CHART',
    path,
    name: chart.name,
    version: chart.version,
    ecosystem: null,
    descriptions: descriptionsOf(chart.description),
    categories: categoriesOf(chart),
    platforms: ['kubernetes'],
    softwareType: null,
    developmentStatus: chart.deprecated ? 'obsolete' : null,
    maintenanceType: null,
    declaredLicense: chart.annotations[LICENSE_ANNOTATION] ?? null,
    dependsOn: dependencies.map(dependencyText),
    usedBy: [],
    logo: chart.icon,
    hardening,
    details: {
      apiVersion: chart.apiVersion,
      type: chart.type,
      appVersion: chart.appVersion,
      kubeVersion: chart.kubeVersion,
      keywords: chart.keywords,
      home: chart.home,
      sources: chart.sources,
      maintainers: chart.maintainers,
      annotations: chart.annotations,
      dependencies,
      deprecated: chart.deprecated,
      ...(chart.type === 'library' ? { hardeningNote: 'a library chart only lends templates to other charts and deploys nothing to harden' } : {}),
    },
  };
}

/**
 * Keywords are the only classification a chart carries, and Artifact Hub files charts under them
 * the same way; as categories they let the catalogue's category filter find charts at all. They
 * are normalised (lower case, blanks to dashes) after the Artifact Hub category, if any.
 */
function categoriesOf(chart: ChartMetadata): string[] {
  const category = chart.annotations[CATEGORY_ANNOTATION];
  const words = [...(category ? [category] : []), ...chart.keywords].map((word) => word.toLowerCase().split(/\s+/).join('-'));
  return firstItems([...new Set(words)], MAX_CATEGORIES);
}

/** `postgresql@15.5.x from https://charts.bitnami.com/bitnami`, as the chart names it. */
function dependencyText(dependency: ChartDependency): string {
  const named = dependency.version ? `${dependency.name}@${dependency.version}` : dependency.name;
  return dependency.repository ? `${named} from ${dependency.repository}` : named;
}

/** apiVersion v1 charts list their dependencies in requirements.yaml beside Chart.yaml. */
function requirementsOf(tree: TreeLookup, folder: string, findings: CatalogueFinding[]): ChartDependency[] {
  const read = readChartFile(tree, joined(folder, 'requirements.yaml'));
  if (read.state === 'unreadable') findings.push(read.finding);
  return read.state === 'read' ? dependenciesOf(recordOf(read.value)?.['dependencies']) : [];
}

function hardeningOf(tree: TreeLookup, folder: string, findings: CatalogueFinding[]): Hardening {
  const valuesPath = joined(folder, 'values.yaml');
  const read = readChartFile(tree, valuesPath);
  if (read.state === 'unreadable') {
    findings.push(read.finding);
    return helmHardeningNotChecked(read.reason);
  }
  const values = read.state === 'read' ? (read.value === null ? {} : recordOf(read.value)) : {};
  if (!values) {
    findings.push({ rule: 'invalid-manifest', severity: 'WARNING', path: valuesPath, line: null, message: 'values.yaml is not a mapping of values' });
    return helmHardeningNotChecked(`${valuesPath} is not a mapping of values`);
  }
  const templatesFolder = joined(folder, 'templates');
  const templates = tree
    .filesUnder(templatesFolder)
    .filter((file) => file.kind === 'text' && file.content !== undefined && file.content.length <= MAX_MANIFEST_BYTES && TEMPLATE_EXTENSIONS.some((extension) => file.path.endsWith(extension)));
  const evidence = [...valuesEvidence(values, valuesPath), ...firstItems(templates, MAX_TEMPLATES).flatMap((file) => templateEvidence(file.path, file.content as string))];
  return helmHardening(evidence, `${valuesPath} or ${templatesFolder}/`);
}

function joined(folder: string, name: string): string {
  return folder === '' ? name : `${folder}/${name}`;
}
