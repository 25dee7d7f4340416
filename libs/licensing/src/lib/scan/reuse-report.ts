import { checkLicenseExpression } from '../declarations/spdx-expression';
import { LicenseScanFile, ReuseReport } from '../license-scan.types';
import { DeclaredLicenses } from './declared-licenses';
import { ScanFindings } from './scan-findings';

/**
 * REUSE 3.x coverage: every file except the license texts themselves, `.license` sidecars,
 * REUSE configuration and symlinks needs copyright and license information, and every
 * license used needs its text in LICENSES/. Only judged when the tree uses REUSE at all.
 */
export function reuseReport(files: readonly LicenseScanFile[], declared: DeclaredLicenses, findings: ScanFindings): ReuseReport {
  const licenseTexts = new Set(files.filter((file) => /^LICENSES\/[^/]+$/.test(file.path)).map((file) => file.path.slice('LICENSES/'.length).replace(/\.[^.]*$/, '')));
  const used = licenseTexts.size > 0 || declared.tagged.length > 0 || files.some((file) => file.path === 'REUSE.toml' || file.path === '.reuse/dep5');
  if (!used) return { compliant: false, used: false, files: [] };

  const covered = files.filter(
    (file) => file.kind !== 'symlink' && !/^(LICENSES|\.reuse)\//.test(file.path) && !file.path.endsWith('.license') && file.path !== 'REUSE.toml' && !/(^|\/)\.git\//.test(file.path),
  );
  const results: ReuseReport['files'] = [];
  let compliant = true;
  for (const file of covered) {
    const annotation = declared.annotations.get(file.path);
    const copyright = annotation?.copyright === true;
    const licenses = annotation?.licenses ?? [];
    results.push({ path: file.path, copyright, licenses, source: annotation?.source ?? null });
    if (!copyright) findings.add('reuse-noncompliant', file.path, null, `${file.path} has no copyright notice (SPDX-FileCopyrightText)`);
    if (licenses.length === 0) findings.add('reuse-noncompliant', file.path, null, `${file.path} has no license information (SPDX-License-Identifier, or a .license file)`);
    compliant &&= copyright && licenses.length > 0;
  }
  const usedIds = new Set(declared.tagged.flatMap(licenseTextsNeeded));
  for (const id of usedIds) {
    if (licenseTexts.has(id)) continue;
    compliant = false;
    findings.add('reuse-noncompliant', null, null, `license ${id} is used but LICENSES/ holds no text for it`);
  }
  for (const id of licenseTexts) {
    if (usedIds.has(id)) continue;
    compliant = false;
    findings.add('reuse-noncompliant', `LICENSES/${id}`, null, `LICENSES/ holds the text of ${id}, which no file uses`);
  }
  return { compliant, used: true, files: results.slice(0, 1000) };
}

/** The texts an expression needs in LICENSES/: its licenses (`GPL-2.0+` needs GPL-2.0), references and exceptions. */
function licenseTextsNeeded(expression: string): string[] {
  const check = checkLicenseExpression(expression);
  return check.valid ? [...check.licenses, ...check.references, ...check.exceptions] : [];
}
