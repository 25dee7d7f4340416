import type { CatalogueExtraction, CatalogueFile, CatalogueFinding, CatalogueTree, ExtractedComponent } from './catalogue.types';
import { ComponentExtractor, ManifestError, MAX_MANIFEST_BYTES, TreeLookup } from './component-extractor';
import { composeExtractor } from './compose/compose.extractor';
import { cargoTomlExtractor } from './manifests/cargo-toml.extractor';
import { composerJsonExtractor } from './manifests/composer-json.extractor';
import { goModExtractor } from './manifests/go-mod.extractor';
import { packageJsonExtractor } from './manifests/package-json.extractor';
import { pomXmlExtractor } from './manifests/pom-xml.extractor';
import { pyprojectTomlExtractor } from './manifests/pyproject-toml.extractor';
import { publiccodeExtractor } from './publiccode/publiccode-component.extractor';
import { containerImageExtractor } from './container/container-image.extractor';
import { helmChartExtractor } from './helm/helm-chart.extractor';

/** More components than any real repository describes; beyond it the extraction is truncated. */
export const MAX_COMPONENTS = 200;
/** Still exported here, where the contract first declared it. */
export { MAX_MANIFEST_BYTES };

/** One line each, in no particular order: every describing file name belongs to one extractor. */
const EXTRACTORS: readonly ComponentExtractor[] = [
  publiccodeExtractor,
  packageJsonExtractor,
  pomXmlExtractor,
  composerJsonExtractor,
  pyprojectTomlExtractor,
  cargoTomlExtractor,
  goModExtractor,
  composeExtractor,
  containerImageExtractor,
  helmChartExtractor,
];

/**
 * Every component the tree describes, in path order, with findings for describing files that
 * could not be read. Pure: no I/O, no exceptions for bad input.
 */
export function extractComponents(tree: CatalogueTree, extractors: readonly ComponentExtractor[] = EXTRACTORS): CatalogueExtraction {
  const files = [...tree.files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const lookup = lookupOf(files);
  const components: ExtractedComponent[] = [];
  const findings: CatalogueFinding[] = [];
  const keys = new Set<string>();
  let truncated = tree.truncated === true;
  if (truncated) findings.push(finding('extraction-truncated', 'WARNING', null, null, 'the repository is larger than the check reads; components in files beyond the limit are missing'));
  for (const file of files) {
    const extractor = extractors.find((candidate) => candidate.matches(file.path));
    if (!extractor) continue;
    const readable = readableFile(file);
    if (typeof readable === 'string') {
      findings.push(finding(file.kind === 'symlink' ? 'symlink-skipped' : 'invalid-manifest', file.kind === 'symlink' ? 'INFO' : 'WARNING', file.path, null, readable));
      continue;
    }
    const result = runExtractor(extractor, readable, lookup);
    findings.push(...result.findings);
    for (const component of result.components) {
      if (keys.has(component.key)) continue;
      if (components.length >= MAX_COMPONENTS) {
        truncated = true;
        findings.push(finding('extraction-truncated', 'WARNING', file.path, null, `more than ${MAX_COMPONENTS} components; the rest are not indexed`));
        return { components, findings, truncated };
      }
      keys.add(component.key);
      components.push(component);
    }
  }
  return { components, findings, truncated };
}

/** The file with its text, or why it is not read. */
function readableFile(file: CatalogueFile): (CatalogueFile & { content: string }) | string {
  if (file.kind === 'symlink') return 'a symbolic link; it is not followed';
  if (file.kind === 'binary') return 'a binary file where a text description was expected';
  if (file.kind === 'too-large' || file.content === undefined) return `larger than the check reads${file.size ? ` (${file.size} bytes)` : ''}`;
  if (Buffer.byteLength(file.content, 'utf8') > MAX_MANIFEST_BYTES) return `larger than ${MAX_MANIFEST_BYTES} bytes; a describing file this large is not parsed`;
  return file as CatalogueFile & { content: string };
}

function runExtractor(extractor: ComponentExtractor, file: CatalogueFile & { content: string }, lookup: TreeLookup) {
  try {
    return extractor.extract(file, lookup);
  } catch (error) {
    if (!(error instanceof ManifestError)) throw error;
    return { components: [], findings: [finding('invalid-manifest', 'WARNING', file.path, error.line, error.message)] };
  }
}

/** `files` is sorted by path, so the files below a folder are one run found by binary search. */
function lookupOf(files: readonly CatalogueFile[]): TreeLookup {
  const byPath = new Map(files.map((file) => [file.path, file]));
  const filesUnder = (folder: string) => {
    if (folder === '') return files;
    const prefix = `${folder}/`;
    let low = 0;
    let high = files.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (files[middle].path < prefix) low = middle + 1;
      else high = middle;
    }
    let end = low;
    while (end < files.length && files[end].path.startsWith(prefix)) end += 1;
    return files.slice(low, end);
  };
  return { get: (path) => byPath.get(path), filesUnder };
}

function finding(rule: string, severity: CatalogueFinding['severity'], path: string | null, line: number | null, message: string): CatalogueFinding {
  return { rule, severity, path, line, message };
}

/** Whether the extraction may read a file: the readers skip every other file unread. */
export function describesComponent(path: string, extractors: readonly ComponentExtractor[] = EXTRACTORS): boolean {
  return extractors.some((extractor) => extractor.matches(path) || extractor.alsoReads?.(path) === true);
}
