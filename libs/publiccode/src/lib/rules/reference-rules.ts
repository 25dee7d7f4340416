import { isCountryCode } from '../checks/country-codes';
import { isItalianIpaCode } from '../checks/italian-pa';
import type { PubliccodeDocument, PubliccodeValidationOptions } from '../publiccode.types';
import { classifyReference, logoProblem, missingFileProblem, screenshotProblem } from './file-references';
import { messages, type Reporter } from './reporter';

/**
 * The checks beyond single fields, in the reference's order: files the document points to,
 * deprecated keys (warnings) and the Italian section's two spellings. Everything here works
 * without the network; URLs are left to the online checks.
 */
export function checkReferencesAndDeprecations(doc: PubliccodeDocument, report: Reporter, options: PubliccodeValidationOptions): void {
  const files = options.files;
  if (doc.logo) checkFile(report, 'logo', doc.logo, (path) => logoProblem(path, files));
  if (doc.monochromeLogo) {
    report.warning('monochromeLogo', messages.deprecatedUse('logo'));
    checkFile(report, 'monochromeLogo', doc.monochromeLogo, (path) => logoProblem(path, files));
  }
  for (const field of ['countries', 'unsupportedCountries'] as const) {
    doc.intendedAudience?.[field]?.forEach((country, i) => {
      if (isCountryCode(country) && country === country.toLowerCase()) {
        report.warning(`intendedAudience.${field}[${i}]`, `Lowercase country codes are DEPRECATED. Use uppercase instead ('${country.toUpperCase()}')`);
      }
    });
  }
  const authorsFile = doc.legal?.authorsFile;
  if (authorsFile !== undefined) {
    report.warning('legal.authorsFile', messages.deprecatedDrop);
    checkFile(report, 'legal.authorsFile', authorsFile, (path) => {
      const problem = missingFileProblem(path, files);
      return problem && `'${path}' does not exist: ${problem}`;
    });
  }
  if (doc.legal?.repoOwner !== undefined) report.warning('legal.repoOwner', messages.deprecatedUse('organisation.name'));
  if (doc.inputTypes !== undefined) report.warning('inputTypes', messages.deprecatedDrop);
  if (doc.outputTypes !== undefined) report.warning('outputTypes', messages.deprecatedDrop);
  for (const [language, entry] of Object.entries(doc.description ?? {})) {
    if (entry.genericName) report.warning(`description.${language}.genericName`, messages.deprecatedDrop);
    entry.screenshots?.forEach((screenshot, i) => {
      checkFile(report, `description.${language}.screenshots[${i}]`, screenshot, (path) => {
        const problem = screenshotProblem(path, files);
        return problem && `'${screenshot}' is not an image: ${problem}`;
      });
    });
  }
  checkItalianSections(doc, report, options.isItalianIpaCode);
}

/** Paths beside the file are checked here; URLs only online. */
function checkFile(report: Reporter, key: string, value: string, problemOf: (path: string) => string | null): void {
  const reference = classifyReference(value);
  if (reference.kind === 'refused') report.error(key, reference.problem);
  if (reference.kind !== 'path') return;
  const problem = problemOf(reference.path);
  if (problem) report.error(key, problem);
}

function checkItalianSections(doc: PubliccodeDocument, report: Reporter, registry: PubliccodeValidationOptions['isItalianIpaCode']): void {
  if (doc.it) report.warning('it', "Lowercase country codes are DEPRECATED and will be removed in the future. Use 'IT' instead");
  if (doc.IT && doc.it) report.error('it', "'IT' key already present. Remove this key");
  const [key, section] = doc.IT ? ['IT', doc.IT] : ['it', doc.it];
  if (!section) return;
  if (section.conforme !== undefined) report.warning(`${key}.conforme`, messages.deprecatedDrop);
  const code = section.riuso?.codiceIPA;
  if (code && isItalianIpaCode(code, registry)) {
    report.warning(`${key}.riuso.codiceIPA`, `This key is DEPRECATED and will be removed in the future. Use 'organisation.uri' and set it to 'urn:x-italian-pa:${code}' instead`);
  }
}
