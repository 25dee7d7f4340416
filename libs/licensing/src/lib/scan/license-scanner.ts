import { checkLicenseExpression } from '../declarations/spdx-expression';
import { ExpressionCheck } from '../declarations/spdx-expression.types';
import { LicenseFileResult, LicenseScanFile, LicenseScanResult, LicenseScanTree, LicenseStatus } from '../license-scan.types';
import { expressionLicenses, judgeExpression } from '../policy/judge-expression';
import { judgeLicense, LicensePolicy } from '../policy/license-policy';
import { outboundHints } from '../policy/outbound-hints';
import { IDENTIFIED_CONFIDENCE, identifyLicenseText, UNKNOWN_LICENSE } from '../text/identify-license-text';
import { identifyLicenseNotice, NOTICE_SCAN_CHARS } from '../text/license-notice';
import { isProjectLevel, licenseFileRole, readmeLicenseSection } from './license-file-classifier';
import { readDeclaredLicenses } from './declared-licenses';
import { concludeProjectLicense, ProjectText } from './project-license';
import { reuseReport } from './reuse-report';
import { ScanFindings } from './scan-findings';

/**
 * The license check of one tree: every license file, declaration and tag, the project's
 * license expression and its status under the policy, with findings a reviewer can act on.
 * Pure and synchronous: the worker, the command line and the benchmark call the same code.
 */
export function scanLicenses(tree: LicenseScanTree, policy: LicensePolicy): LicenseScanResult {
  const findings = new ScanFindings(policy);
  const files: LicenseFileResult[] = [];
  const projectTexts: ProjectText[] = [];
  let readme: { result: LicenseFileResult; project: ProjectText } | null = null;

  for (const file of tree.files) {
    const role = licenseFileRole(file.path);
    if (!role || file.content === undefined) continue;
    if (role === 'readme') {
      readme = readmeLicense(file) ?? readme;
      continue;
    }
    const text = licenseText(file, findings);
    if (!text) continue;
    files.push(text.result);
    if (isProjectLevel(file.path)) projectTexts.push(text.project);
  }
  if (readme) files.push(readme.result);

  const declared = readDeclaredLicenses(tree.files, findings);
  files.push(...declared.files);
  const reuse = reuseReport(tree.files, declared, findings);
  const project = concludeProjectLicense({ texts: projectTexts, readme: readme?.project ?? null, declarations: declared.declarations, tagged: declared.tagged });
  for (const finding of project.findings) findings.add(finding.rule, finding.path, finding.line, finding.message);
  if (tree.truncated) findings.add('scan-truncated', null, null, 'the tree is larger than the scan limits; files beyond them were not checked');

  const projectCheck = project.expression === null ? null : checkLicenseExpression(project.expression);
  const projectIds = projectCheck?.valid ? expressionLicenses(projectCheck.tree) : [];
  const components = files.filter(
    (file) => !isProjectLevel(file.path) && file.spdxId !== UNKNOWN_LICENSE && file.confidence >= IDENTIFIED_CONFIDENCE && !/ (AND|OR|WITH) /.test(file.spdxId),
  );
  const deniedComponents = components.filter((component) => judgeLicense(policy, component.spdxId) === 'DENIED');
  for (const component of deniedComponents) {
    findings.add('denied-license', component.path, null, `${component.path} is under ${component.spdxId}, which the license policy denies`);
  }

  let status: LicenseStatus = deniedComponents.length > 0 ? 'DENIED' : projectStatus(policy, projectCheck, project.undecided);
  if (status === 'ALLOWED' && findings.hasErrors()) status = 'NEEDS_REVIEW';

  return {
    expression: project.expression,
    status,
    outbound: outboundHints(projectIds, components),
    files,
    findings: findings.list(),
    reuse,
    truncated: tree.truncated === true,
  };
}

function licenseText(file: LicenseScanFile, findings: ScanFindings): { result: LicenseFileResult; project: ProjectText } | null {
  const identified = identifyLicenseText(file.content ?? '');
  if (!identified || identified.band === 'unknown') {
    const notice = licenseNotice(file);
    if (notice || !identified) return notice;
  }
  const spdxId = identified.band === 'review' && identified.resembles ? identified.resembles : identified.spdxId;
  if (identified.band === 'review') {
    findings.add('low-confidence-match', file.path, null, `${file.path} resembles ${spdxId} (${identified.confidence}% similar) but differs from it; a reviewer must confirm what it allows`);
  }
  if (identified.band === 'unknown') {
    findings.add('low-confidence-match', file.path, null, `${file.path} looks like a license file but matches no license on the SPDX list`);
  }
  return {
    result: { path: file.path, spdxId, confidence: identified.confidence, method: identified.method },
    project: { path: file.path, spdxId: identified.band === 'identified' ? identified.spdxId : spdxId, band: identified.band },
  };
}

/**
 * A license file that only says which license applies (`LICENSE.header`, a one-line `LICENSE`).
 * Only a short file: a long text that matched nothing is a license of its own, whatever
 * other licenses it mentions.
 */
function licenseNotice(file: LicenseScanFile): { result: LicenseFileResult; project: ProjectText } | null {
  const content = file.content ?? '';
  const notice = content.length <= NOTICE_SCAN_CHARS ? identifyLicenseNotice(content) : null;
  if (!notice) return null;
  return {
    result: { path: file.path, spdxId: notice.expression, confidence: 100, method: 'NOTICE', line: notice.line },
    project: { path: file.path, spdxId: notice.expression, band: 'identified' },
  };
}

/** The README's License section: a license text, or a notice or bare name saying which license applies. */
function readmeLicense(file: LicenseScanFile): { result: LicenseFileResult; project: ProjectText } | null {
  const section = readmeLicenseSection(file.content ?? '');
  if (!section) return null;
  const identified = identifyLicenseText(section);
  if (identified?.band === 'identified') {
    return { result: { path: file.path, spdxId: identified.spdxId, confidence: identified.confidence, method: identified.method }, project: { path: file.path, spdxId: identified.spdxId, band: 'identified' } };
  }
  const notice = identifyLicenseNotice(section, 'license-section');
  if (!notice) return null;
  return { result: { path: file.path, spdxId: notice.expression, confidence: 100, method: 'NOTICE' }, project: { path: file.path, spdxId: notice.expression, band: 'identified' } };
}

function projectStatus(policy: LicensePolicy, check: ExpressionCheck | null, undecided: 'none' | 'ambiguous' | null): LicenseStatus {
  if (check === null) return undecided === 'ambiguous' ? 'NEEDS_REVIEW' : 'UNKNOWN';
  return check.valid ? judgeExpression(policy, check.tree) : 'NEEDS_REVIEW';
}
