import type { ConductTree } from '../conduct.types';
import type { ConductRules } from '../rules/conduct-rule-definitions';
import { matchesAny } from '../rules/path-pattern';
import type { ConductFindings } from './conduct-findings';

/**
 * Build output and dependencies (`*.jar`, `node_modules/`, ...). A matching directory is one
 * finding with the number of its files, so a committed node_modules/ reads as one mistake.
 * Symlinks are left alone: they point at something, they are no artefact themselves.
 */
export function checkBuildArtefacts(tree: ConductTree, rules: ConductRules, findings: ConductFindings): void {
  const rule = rules['build-artefacts'];
  if (rule.severity === 'OFF') return;
  const matched = new Map<string, { pattern: string; files: number }>();
  for (const file of tree.files) {
    if (file.kind === 'symlink' || matchesAny(rule.options.allowPaths, file.path)) continue;
    for (const pattern of rule.options.patterns) {
      const where = pattern.match(file.path);
      if (where === null) continue;
      const entry = matched.get(where) ?? { pattern: pattern.source, files: 0 };
      entry.files++;
      matched.set(where, entry);
      break;
    }
  }
  for (const [where, { pattern, files }] of matched) {
    const what = where.endsWith('/') ? `${where} (${files} ${files === 1 ? 'file' : 'files'}) is a directory of build output or dependencies` : `${where} is a build artefact`;
    findings.add('build-artefacts', where, null, `${what} (pattern ${pattern}): build it from the sources, or publish it as a release or in a package registry`);
  }
}

/**
 * Files over the size limit. The size is the reader's when it gives one, else the content's;
 * a file the reader skipped as too large without saying its size is reported as such.
 */
export function checkOversizedFiles(tree: ConductTree, rules: ConductRules, findings: ConductFindings): void {
  const rule = rules['oversized-files'];
  if (rule.severity === 'OFF') return;
  const limit = rule.options.maxFileBytes;
  for (const file of tree.files) {
    if (file.kind === 'symlink' || matchesAny(rule.options.allowPaths, file.path)) continue;
    const size = file.size ?? (file.content === undefined ? undefined : Buffer.byteLength(file.content, 'utf8'));
    if (size !== undefined && size > limit) {
      findings.add('oversized-files', file.path, null, `${file.path} is ${formatBytes(size)}, more than the ${formatBytes(limit, true)} a file may have: large data and media belong in a release or a data repository`);
    } else if (size === undefined && file.kind === 'too-large') {
      findings.add('oversized-files', file.path, null, `${file.path} is larger than the check reads (its exact size is unknown; the limit is ${formatBytes(limit, true)})`);
    }
  }
}

/**
 * Sizes for people: "2.9 KiB". `exact` for limits an operator wrote: a round number of a unit
 * or the bytes themselves, never a rounded figure that hides the real limit.
 */
export function formatBytes(bytes: number, exact = false): string {
  const units = ['bytes', 'KiB', 'MiB', 'GiB', 'TiB'];
  let unit = 0;
  while (bytes >= 1024 ** (unit + 1) && unit < units.length - 1) unit++;
  const value = bytes / 1024 ** unit;
  if (unit === 0 || Number.isInteger(value)) return `${value} ${units[unit]}`;
  return exact ? `${bytes} bytes` : `${value.toFixed(1)} ${units[unit]}`;
}
