import { DEP5_PATH, parseDep5 } from '../declarations/reuse-dep5';
import type { ReuseConfig } from '../declarations/reuse-config.types';
import { parseReuseToml } from '../declarations/reuse-toml';
import { LicenseFileResult, LicenseScanFile } from '../license-scan.types';
import { acceptExpression } from './accept-expression';
import { ScanFindings } from './scan-findings';

/** Nested REUSE.toml files beyond this are not a project's licensing but an attack on the scan. */
const MAX_REUSE_TOMLS = 100;

export interface ReuseConfigs {
  /** Outermost first, as precedence between nested files is decided. */
  tomls: ReuseConfig[];
  dep5: ReuseConfig | null;
  /** Some configuration was malformed or could not be read: the tree is not REUSE-compliant. */
  invalid: boolean;
}

export interface ReuseConfigDeclarations {
  configs: ReuseConfigs;
  /** Each distinct valid expression of each configuration file, where it is written. */
  results: LicenseFileResult[];
}

export function isReuseToml(path: string): boolean {
  return (path === 'REUSE.toml' || path.endsWith('/REUSE.toml')) && !/(^|\/)\.git\//.test(path);
}

/**
 * Every REUSE.toml and `.reuse/dep5` of a tree, with each problem reported: malformed files and
 * entries as `reuse-invalid-config`, invalid expressions as `invalid-license-expression` at the
 * line that holds them, DEP5 as deprecated, and both together as the conflict REUSE 3.3
 * forbids. Both are still applied then, so no licensing information is dropped.
 */
export function readReuseConfigs(files: readonly LicenseScanFile[], findings: ScanFindings): ReuseConfigDeclarations {
  const configs: ReuseConfigs = { tomls: [], dep5: null, invalid: false };
  const results: LicenseFileResult[] = [];
  const read = (file: LicenseScanFile, parse: (text: string) => ReuseConfig): ReuseConfig | null => {
    if (file.content === undefined) {
      findings.add('reuse-invalid-config', file.path, null, `${file.path} cannot be read (${file.kind === 'too-large' ? 'over the size limit' : file.kind}); its annotations are not applied`);
      configs.invalid = true;
      return null;
    }
    const config = parse(file.content);
    for (const problem of config.problems) findings.add('reuse-invalid-config', config.path, problem.line, problem.message);
    configs.invalid ||= config.problems.length > 0;
    results.push(...acceptedExpressions(config, findings));
    return config;
  };

  const tomlFiles = files.filter((file) => isReuseToml(file.path)).sort((a, b) => depth(a.path) - depth(b.path));
  for (const [index, file] of tomlFiles.entries()) {
    if (index === MAX_REUSE_TOMLS) {
      findings.add('reuse-invalid-config', file.path, null, `the tree has ${tomlFiles.length} REUSE.toml files; only the ${MAX_REUSE_TOMLS} closest to the root were read`);
      configs.invalid = true;
      break;
    }
    const config = read(file, (text) => parseReuseToml(file.path, text));
    if (config) configs.tomls.push(config);
  }

  const dep5File = files.find((file) => file.path === DEP5_PATH);
  if (dep5File) {
    configs.dep5 = read(dep5File, parseDep5);
    findings.add('reuse-deprecated-dep5', DEP5_PATH, null, `${DEP5_PATH} is deprecated since REUSE 3.2; move its annotations to a REUSE.toml ("reuse convert-dep5" does it)`);
    if (tomlFiles.length > 0) {
      findings.add('reuse-invalid-config', DEP5_PATH, null, `REUSE.toml and ${DEP5_PATH} must not be used together (REUSE 3.3); both were applied`);
      configs.invalid = true;
    }
  }
  return { configs, results };
}

function acceptedExpressions(config: ReuseConfig, findings: ScanFindings): LicenseFileResult[] {
  const seen = new Set<string>();
  const results: LicenseFileResult[] = [];
  for (const annotation of config.annotations) {
    for (const expression of annotation.expressions) {
      const accepted = acceptExpression(expression.check, expression.raw, config.path, expression.line, findings);
      if (accepted === null || seen.has(accepted)) continue;
      seen.add(accepted);
      results.push({ path: config.path, spdxId: accepted, confidence: 100, method: 'REUSE', line: expression.line });
    }
  }
  return results;
}

function depth(path: string): number {
  return path.split('/').length;
}
