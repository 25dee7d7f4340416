import type { CatalogueFile, CatalogueFinding } from '../catalogue.types';
import type { TreeLookup } from '../component-extractor';
import { MAX_MANIFEST_BYTES } from '../component-extractor';
import { readHelmYaml } from './helm-yaml.reader';

export type ChartFileRead = { state: 'absent' } | { state: 'read'; value: unknown } | { state: 'unreadable'; reason: string; finding: CatalogueFinding };

/**
 * A YAML file beside a Chart.yaml (values.yaml, requirements.yaml), read with the limits the
 * dispatcher applies to describing files: a symbolic link is not followed, a binary or oversized
 * file is not parsed, and either, like broken YAML, is a finding instead of an error.
 */
export function readChartFile(tree: TreeLookup, path: string): ChartFileRead {
  const file = tree.get(path);
  if (!file) return { state: 'absent' };
  const problem = problemOf(file);
  if (problem) return unreadable(path, problem.rule, problem.severity, null, problem.reason);
  const read = readHelmYaml(file.content as string);
  if (!read.ok) return unreadable(path, 'invalid-manifest', 'WARNING', read.line, read.message);
  return { state: 'read', value: read.value };
}

function problemOf(file: CatalogueFile): { rule: string; severity: CatalogueFinding['severity']; reason: string } | null {
  if (file.kind === 'symlink') return { rule: 'symlink-skipped', severity: 'INFO', reason: 'a symbolic link; it is not followed' };
  if (file.kind === 'binary') return { rule: 'invalid-manifest', severity: 'WARNING', reason: 'a binary file where YAML was expected' };
  if (file.kind === 'too-large' || file.content === undefined || file.content.length > MAX_MANIFEST_BYTES || Buffer.byteLength(file.content, 'utf8') > MAX_MANIFEST_BYTES) {
    return { rule: 'invalid-manifest', severity: 'WARNING', reason: `larger than ${MAX_MANIFEST_BYTES} bytes; not parsed` };
  }
  return null;
}

function unreadable(path: string, rule: string, severity: CatalogueFinding['severity'], line: number | null, message: string): ChartFileRead {
  return { state: 'unreadable', reason: `${path}: ${message}${line === null ? '' : ` (line ${line})`}`, finding: { rule, severity, path, line, message } };
}
