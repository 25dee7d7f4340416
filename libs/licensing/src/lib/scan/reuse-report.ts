import { checkLicenseExpression } from '../declarations/spdx-expression';
import { canonicalExceptionId, canonicalLicenseId } from '../declarations/spdx-license-data';
import { LicenseScanFile, ReuseFileResult, ReuseReport } from '../license-scan.types';
import { DeclaredLicenses } from './declared-licenses';
import { isReuseToml } from './reuse-configs';
import { ReuseResolver } from './reuse-resolution';
import { ScanFindings } from './scan-findings';

/** The report lists this many files; the findings (capped per rule) speak for the rest. */
const MAX_REPORTED_FILES = 1000;
/** REUSE 3.3, "Covered and ignored Files": these names are never covered, wherever they are. */
const IGNORED_NAME = /^(?:LICEN[CS]E|COPYING)(?:[-.].*)?$|^\.git$|^\.hgtags$|\.license$|\.spdx$|\.spdx\.(?:rdf|json|xml|ya?ml)$/;
const REFERENCE = /^LicenseRef-[A-Za-z0-9.-]+$/;

/**
 * REUSE 3.x compliance, per covered file: copyright and license information from its header or
 * `.license` sidecar, REUSE.toml and `.reuse/dep5` by their order of precedence; every license
 * used has its text in LICENSES/ under its SPDX id, and LICENSES/ holds nothing else. Only
 * judged when the tree uses REUSE at all. Each kind of gap has a rule of its own, so a tree
 * without headers cannot hide its missing license texts behind the per-rule cap.
 */
export function reuseReport(files: readonly LicenseScanFile[], declared: DeclaredLicenses, findings: ScanFindings): ReuseReport {
  const texts = licenseTexts(files, findings);
  const configured = declared.reuse.tomls.length > 0 || declared.reuse.dep5 !== null || declared.reuse.invalid;
  const used = texts.ids.size > 0 || texts.misnamed || declared.tagged.length > 0 || configured;
  if (!used) return { compliant: false, used: false, files: [] };

  const meson = files.some((file) => file.path === 'meson.build');
  const resolver = new ReuseResolver(declared.reuse);
  const results: ReuseFileResult[] = [];
  const usedBy = new Map<string, string>();
  const needed = new Map<string, string[]>();
  const textsNeeded = (expression: string) => needed.get(expression) ?? needed.set(expression, licenseTextsNeeded(expression)).get(expression) ?? [];
  let compliant = !declared.reuse.invalid && !texts.misnamed;
  for (const file of files) {
    if (!isCovered(file, meson)) continue;
    const info = resolver.resolve(file.path, declared.annotations.get(file.path));
    results.push({ path: file.path, copyright: info.copyright, licenses: info.licenses, source: info.source });
    if (!info.copyright) findings.add('reuse-missing-copyright', file.path, null, `${file.path} has no copyright notice (SPDX-FileCopyrightText, or an annotation in REUSE.toml)`);
    if (info.licenses.length === 0) findings.add('reuse-missing-license', file.path, null, `${file.path} has no license information (SPDX-License-Identifier, a .license file or an annotation in REUSE.toml)`);
    compliant &&= info.copyright && info.licenses.length > 0;
    for (const id of [...info.licenses, ...info.snippetLicenses].flatMap(textsNeeded)) if (!usedBy.has(id)) usedBy.set(id, file.path);
  }
  if (resolver.exhausted) {
    findings.add('reuse-invalid-config', null, null, 'the REUSE.toml and .reuse/dep5 paths took too long to match; files after the limit got no annotations from them');
    compliant = false;
  }
  for (const [id, path] of usedBy) {
    if (texts.ids.has(id)) continue;
    compliant = false;
    findings.add('reuse-missing-license-text', path, null, `license ${id} is used but LICENSES/ holds no text for it`);
  }
  for (const [id, path] of texts.ids) {
    if (usedBy.has(id)) continue;
    compliant = false;
    findings.add('reuse-unused-license-text', path, null, `LICENSES/ holds the text of ${id}, which no file uses`);
  }
  return { compliant, used: true, files: results.slice(0, MAX_REPORTED_FILES) };
}

/** REUSE 3.3, "Covered and ignored Files". Files ignored by git never reach the scan. */
function isCovered(file: LicenseScanFile, meson: boolean): boolean {
  const parts = file.path.split('/');
  const name = parts[parts.length - 1];
  if (file.kind === 'symlink' || (file.kind === 'text' && file.content === '')) return false;
  if (parts[0] === 'LICENSES' || parts[0] === '.reuse' || parts.slice(0, -1).includes('.git')) return false;
  if (meson && parts.length > 2 && parts[0] === 'subprojects') return false;
  return !IGNORED_NAME.test(name) && !isReuseToml(file.path);
}

/** The files of LICENSES/ by the id their name gives; misnamed ones are reported and counted under the id they resemble. */
function licenseTexts(files: readonly LicenseScanFile[], findings: ScanFindings): { ids: Map<string, string>; misnamed: boolean } {
  const ids = new Map<string, string>();
  let misnamed = false;
  for (const file of files) {
    if (!file.path.startsWith('LICENSES/') || file.path.endsWith('.license')) continue;
    const name = file.path.slice('LICENSES/'.length);
    const named = name.includes('/') ? { id: null, problem: 'LICENSES/ holds license files only, no subdirectories' } : licenseFileName(name);
    if (named.problem) {
      misnamed = true;
      findings.add('reuse-bad-license-file-name', file.path, null, `${file.path}: ${named.problem}`);
    }
    if (named.id && !ids.has(named.id)) ids.set(named.id, file.path);
  }
  return { ids, misnamed };
}

/** REUSE 3.3, "License Files": `<SPDX id or LicenseRef-…>.<extension>`, the id spelt as on the SPDX list. */
function licenseFileName(name: string): { id: string | null; problem: string | null } {
  const dot = name.lastIndexOf('.');
  const stem = dot > 0 ? name.slice(0, dot) : name;
  const extension = dot > 0 ? name.slice(dot) : '';
  if (dot > 0 && isIdAsSpelt(stem)) return { id: stem, problem: null };
  if (isIdAsSpelt(name)) return { id: name, problem: 'the name needs a file extension, e.g. .txt' };
  const canonical = canonicalLicenseId(stem) ?? canonicalExceptionId(stem);
  if (canonical) return { id: canonical, problem: `the SPDX id is spelt ${canonical}; name the file ${canonical}${extension}` };
  return { id: null, problem: 'the name is not an SPDX license or exception id (or LicenseRef-…) followed by a file extension' };
}

function isIdAsSpelt(id: string): boolean {
  return REFERENCE.test(id) || canonicalLicenseId(id) === id || canonicalExceptionId(id) === id;
}

/** The texts an expression needs in LICENSES/: its licenses (`GPL-2.0+` needs GPL-2.0), references and exceptions. */
function licenseTextsNeeded(expression: string): string[] {
  const check = checkLicenseExpression(expression);
  return check.valid ? [...check.licenses, ...check.references, ...check.exceptions] : [];
}
