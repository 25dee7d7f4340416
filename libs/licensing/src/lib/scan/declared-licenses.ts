import { readManifestLicenses } from '../declarations/manifest-declarations';
import { ExpressionCheck } from '../declarations/spdx-expression.types';
import { readSpdxTags } from '../declarations/spdx-tags';
import { LicenseFileResult, LicenseScanFile } from '../license-scan.types';
import { identifyLicenseNotice } from '../text/license-notice';
import { isProjectLevel, licenseFileRole } from './license-file-classifier';
import { ProjectDeclaration } from './project-license';
import { ScanFindings } from './scan-findings';

/** Tags live in headers; reading further into every file would cost without finding more. */
const TAG_SCAN_CHARS = 16 * 1024;

export interface DeclaredLicenses {
  files: LicenseFileResult[];
  declarations: ProjectDeclaration[];
  /** Distinct whole-file tag expressions, in order of first appearance. */
  tagged: string[];
  /** Per path: licenses and whether a copyright notice was found (header or `.license` sidecar). */
  annotations: Map<string, { licenses: string[]; copyright: boolean; source: 'header' | 'sidecar' }>;
}

/**
 * Manifests, publiccode.yml, SPDX header tags, `.license` sidecars and license notices in
 * headers of a tree. License files and READMEs are the scanner's: their texts are matched.
 */
export function readDeclaredLicenses(files: readonly LicenseScanFile[], findings: ScanFindings): DeclaredLicenses {
  const declared: DeclaredLicenses = { files: [], declarations: [], tagged: [], annotations: new Map() };
  for (const file of files) {
    if (file.content === undefined) continue;
    const manifest = readManifestLicenses(file.path, file.content);
    if (manifest) {
      if (manifest.error) findings.add('invalid-license-expression', file.path, null, manifest.error);
      for (const declaration of manifest.declarations) {
        const accepted = checked(declaration.check, declaration.raw, file.path, declaration.line, findings);
        declared.files.push({ path: file.path, spdxId: accepted ?? declaration.raw, confidence: accepted ? 100 : 0, method: declaration.source, line: declaration.line });
        if (accepted && declaration.check.valid && isProjectLevel(file.path)) {
          declared.declarations.push({ path: file.path, line: declaration.line, expression: accepted, tree: declaration.check.tree, source: declaration.source });
        }
      }
      continue;
    }
    const sidecar = file.path.endsWith('.license');
    const tags = readSpdxTags(file.content.slice(0, sidecar ? undefined : TAG_SCAN_CHARS));
    const licenses: string[] = [];
    for (const tag of tags.licenses) {
      const accepted = checked(tag.check, tag.expression, file.path, tag.line, findings);
      if (!accepted) continue;
      const target = sidecar ? file.path.slice(0, -'.license'.length) : file.path;
      declared.files.push({ path: target, spdxId: accepted, confidence: 100, method: sidecar ? 'REUSE' : 'SPDX_TAG', line: sidecar ? null : tag.line });
      if (!tag.snippet) licenses.push(accepted);
      if (!tag.snippet && !declared.tagged.includes(accepted)) declared.tagged.push(accepted);
    }
    if (!sidecar && tags.licenses.length === 0 && !licenseFileRole(file.path)) {
      const notice = identifyLicenseNotice(file.content);
      if (notice) declared.files.push({ path: file.path, spdxId: notice.expression, confidence: 100, method: 'NOTICE', line: notice.line });
    }
    if (licenses.length > 0 || tags.copyrights.length > 0) {
      const target = sidecar ? file.path.slice(0, -'.license'.length) : file.path;
      declared.annotations.set(target, { licenses, copyright: tags.copyrights.length > 0, source: sidecar ? 'sidecar' : 'header' });
    }
  }
  return declared;
}

/** The canonical expression, or null after reporting why it cannot be used. */
function checked(check: ExpressionCheck, raw: string, path: string, line: number | null, findings: ScanFindings): string | null {
  if (!check.valid) {
    const hint = check.suggestion ? `; did you mean "${check.suggestion}"?` : '';
    findings.add('invalid-license-expression', path, line, `"${raw.slice(0, 200)}" is not a valid SPDX license expression (${check.reason})${hint}`);
    return null;
  }
  if (check.deprecated.length > 0) {
    const replacement = check.replacement ? `; use "${check.replacement}"` : '';
    findings.add('deprecated-license-id', path, line, `${check.deprecated.join(', ')} ${check.deprecated.length > 1 ? 'are' : 'is'} deprecated on the SPDX list${replacement}`);
  }
  return check.expression;
}
