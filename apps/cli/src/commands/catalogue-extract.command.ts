import { parseArgs } from 'node:util';
import { CatalogueExtraction, describesComponent, ExtractedComponent, extractComponents } from '@allmende/catalogue-extraction';
import { CliCommand } from './cli-command';
import { directoryArgument, readDirectoryTree } from './command-inputs';

/**
 * The catalogue check on a directory, without database or server: the reader limits, the file
 * selection and the extractors the worker uses. Finding no component, or files that could not be read, is a
 * result and not a failure: exit 0; 2 for usage and I/O errors.
 */
export const catalogueExtractCommand: CliCommand = {
  path: ['catalogue', 'extract'],
  usage: 'catalogue extract DIR [--json]   components a directory describes (publiccode.yml, package manifests, Compose files, ...)',
  async run(args, context) {
    const { values, positionals } = parseArgs({ args, options: { json: { type: 'boolean', default: false } }, allowPositionals: true, strict: true });
    const root = directoryArgument(positionals);
    const tree = await readDirectoryTree(root, context.config.licensing.scan, describesComponent);
    const result = extractComponents(tree);
    context.write(values.json ? JSON.stringify({ components: result.components, findings: result.findings, truncated: result.truncated }) : asText(result));
    return 0;
  },
};

function asText(result: CatalogueExtraction): string {
  const lines = result.components.length === 0 ? ['No components found.'] : [`Components (${result.components.length}):`];
  const width = Math.max(0, ...result.components.map((component) => component.kind.length));
  for (const component of result.components) lines.push(...componentLines(component, width));
  if (result.findings.length > 0) {
    lines.push('', 'Findings:');
    for (const finding of result.findings) {
      const where = finding.path ? ` ${finding.path}${finding.line ? `:${finding.line}` : ''}` : '';
      lines.push(`  ${finding.severity.padEnd(7)} ${finding.rule}${where}: ${finding.message}`);
    }
  }
  if (result.truncated) lines.push('', 'The directory is larger than the scan limits: components beyond them are missing.');
  return lines.join('\n');
}

/** `KIND  name version (path)`, then the hardening score and every failed check beneath it. */
function componentLines(component: ExtractedComponent, width: number): string[] {
  const version = component.version ? ` ${component.version}` : '';
  const lines = [`  ${component.kind.padEnd(width)}  ${component.name}${version} (${component.path})`];
  const indent = ' '.repeat(width + 4);
  if (component.hardening) {
    lines.push(`${indent}hardening ${component.hardening.score}/100 ${component.hardening.level}`);
    for (const check of component.hardening.checks.filter((candidate) => !candidate.passed)) lines.push(`${indent}  failed ${check.name}: ${check.detail}`);
  }
  return lines;
}
