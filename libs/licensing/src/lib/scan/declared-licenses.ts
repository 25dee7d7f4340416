import { readManifestLicenses } from '../declarations/manifest-declarations';
import { readSpdxTags } from '../declarations/spdx-tags';
import { LicenseFileResult, LicenseScanFile } from '../license-scan.types';
import { identifyLicenseNotice } from '../text/license-notice';
import { acceptExpression } from './accept-expression';
import { isProjectLevel, licenseFileRole } from './license-file-classifier';
import { ProjectDeclaration } from './project-license';
import { readReuseConfigs, ReuseConfigs } from './reuse-configs';
import { OwnReuseInfo } from './reuse-resolution';
import { ScanFindings } from './scan-findings';

/** Tags live in headers; reading further into every file would cost without finding more. */
const TAG_SCAN_CHARS = 16 * 1024;

export interface DeclaredLicenses {
  files: LicenseFileResult[];
  declarations: ProjectDeclaration[];
  /** Distinct whole-file tag and REUSE annotation expressions, in order of first appearance. */
  tagged: string[];
  /** Per path: what its header says, or its `.license` sidecar, which takes precedence (REUSE 3.3). */
  annotations: Map<string, OwnReuseInfo>;
  reuse: ReuseConfigs;
}

/**
 * Manifests, publiccode.yml, SPDX header tags, `.license` sidecars, REUSE.toml, `.reuse/dep5`
 * and license notices in headers of a tree. License files and READMEs are the scanner's:
 * their texts are matched.
 */
export function readDeclaredLicenses(files: readonly LicenseScanFile[], findings: ScanFindings): DeclaredLicenses {
  const declared: DeclaredLicenses = { files: [], declarations: [], tagged: [], annotations: new Map(), reuse: { tomls: [], dep5: null, invalid: false } };
  for (const file of files) {
    if (file.content === undefined) continue;
    const manifest = readManifestLicenses(file.path, file.content);
    if (manifest) {
      if (manifest.error) findings.add('invalid-license-expression', file.path, null, manifest.error);
      for (const declaration of manifest.declarations) {
        const accepted = acceptExpression(declaration.check, declaration.raw, file.path, declaration.line, findings);
        declared.files.push({ path: file.path, spdxId: accepted ?? declaration.raw, confidence: accepted ? 100 : 0, method: declaration.source, line: declaration.line });
        if (accepted && declaration.check.valid && isProjectLevel(file.path)) {
          declared.declarations.push({ path: file.path, line: declaration.line, expression: accepted, tree: declaration.check.tree, source: declaration.source });
        }
      }
      continue;
    }
    const sidecar = file.path.endsWith('.license');
    const target = sidecar ? file.path.slice(0, -'.license'.length) : file.path;
    const tags = readSpdxTags(file.content.slice(0, sidecar ? undefined : TAG_SCAN_CHARS));
    const own: OwnReuseInfo = { source: sidecar ? 'sidecar' : 'header', copyright: tags.copyrights.length > 0, statesLicense: false, licenses: [], snippetLicenses: [] };
    for (const tag of tags.licenses) {
      own.statesLicense ||= !tag.snippet;
      const accepted = acceptExpression(tag.check, tag.expression, file.path, tag.line, findings);
      if (!accepted) continue;
      declared.files.push({ path: target, spdxId: accepted, confidence: 100, method: sidecar ? 'REUSE' : 'SPDX_TAG', line: sidecar ? null : tag.line });
      (tag.snippet ? own.snippetLicenses : own.licenses).push(accepted);
      if (!tag.snippet && !declared.tagged.includes(accepted)) declared.tagged.push(accepted);
    }
    if (!sidecar && tags.licenses.length === 0 && !licenseFileRole(file.path)) {
      const notice = identifyLicenseNotice(file.content);
      if (notice) declared.files.push({ path: file.path, spdxId: notice.expression, confidence: 100, method: 'NOTICE', line: notice.line });
    }
    const says = own.copyright || tags.licenses.length > 0;
    if (sidecar || (says && declared.annotations.get(target)?.source !== 'sidecar')) declared.annotations.set(target, own);
  }
  const reuse = readReuseConfigs(files, findings);
  declared.reuse = reuse.configs;
  declared.files.push(...reuse.results);
  for (const result of reuse.results) if (!declared.tagged.includes(result.spdxId)) declared.tagged.push(result.spdxId);
  return declared;
}
