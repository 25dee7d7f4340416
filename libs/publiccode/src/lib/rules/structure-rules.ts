import { checkLicenseExpression } from '@allmende/licensing';
import { isCountryCode } from '../checks/country-codes';
import { isDate } from '../checks/text-formats';
import { isItalianIpaCode, ITALIAN_PA_URN_PREFIX } from '../checks/italian-pa';
import { isHttpUrl, isUrl, isUrn, parseUrl } from '../checks/url-syntax';
import { CATEGORIES, COUNTRY_EXTENSION_VERSIONS, DEVELOPMENT_STATUSES, isMimeType, SCOPES, SOFTWARE_TYPES } from '../checks/vocabulary';
import type { PubliccodeDocument, PubliccodeItalianSection, PubliccodeValidationOptions } from '../publiccode.types';
import { checkDescriptions, checkEnumeration, checkLocalisation, checkMaintenance } from './section-rules';
import { messages, type Reporter } from './reporter';

type Registry = PubliccodeValidationOptions['isItalianIpaCode'];

/**
 * The field rules (what the reference expresses as validator tags), in the order of its
 * structure so that results come out in the same order.
 */
export function checkStructure(doc: PubliccodeDocument, report: Reporter, registry: Registry): void {
  if (!doc.name) report.error('name', messages.required('name'));
  if (!doc.url) report.error('url', messages.required('url'));
  else if (!isUrl(doc.url)) report.error('url', messages.url('url'));
  if (doc.landingURL !== undefined && !isHttpUrl(doc.landingURL)) report.error('landingURL', messages.httpUrl('landingURL'));
  doc.isBasedOn?.forEach((url, i) => {
    if (!isUrl(url)) report.error(`isBasedOn[${i}]`, messages.url(`isBasedOn[${i}]`));
  });
  if (doc.releaseDate !== undefined && !isDate(doc.releaseDate)) report.error('releaseDate', messages.date('releaseDate'));
  if (doc.organisation) checkOrganisationUri(report, 'organisation.uri', doc.organisation.uri, registry);
  for (const field of ['inputTypes', 'outputTypes'] as const) {
    doc[field]?.forEach((type, i) => {
      if (!isMimeType(type)) report.error(`${field}[${i}]`, messages.mimeType(`${field}[${i}]`));
    });
  }
  if (!doc.platforms?.length) report.error('platforms', messages.notEmpty('platforms'));
  doc.categories?.forEach((category, i) => {
    if (!CATEGORIES.has(category)) report.error(`categories[${i}]`, messages.category(`categories[${i}]`));
  });
  doc.fundedBy?.forEach((funder, i) => checkOrganisationUri(report, `fundedBy[${i}].uri`, funder.uri, registry));
  if (doc.roadmap !== undefined && !isHttpUrl(doc.roadmap)) report.error('roadmap', messages.httpUrl('roadmap'));
  checkEnumeration(report, 'developmentStatus', doc.developmentStatus, DEVELOPMENT_STATUSES);
  checkEnumeration(report, 'softwareType', doc.softwareType, SOFTWARE_TYPES);
  checkAudience(doc, report);
  checkDescriptions(doc, report);
  const license = doc.legal?.license;
  if (!license) report.error('legal.license', messages.required('license'));
  else if (!checkLicenseExpression(license).valid) report.error('legal.license', messages.license('license'));
  checkMaintenance(doc, report);
  checkLocalisation(doc, report);
  for (const kind of ['open', 'proprietary', 'hardware'] as const) {
    doc.dependsOn?.[kind]?.forEach((dependency, i) => {
      if (!dependency.name) report.error(`dependsOn.${kind}[${i}].name`, messages.required('name'));
    });
  }
  doc.supports?.forEach((support, i) => {
    if (!support.id) report.error(`supports[${i}].id`, messages.required('id'));
  });
  if (doc.IT) checkItalianSection(report, 'IT', doc.IT, registry);
  if (doc.it) checkItalianSection(report, 'it', doc.it, registry);
}

function checkAudience(doc: PubliccodeDocument, report: Reporter): void {
  const audience = doc.intendedAudience;
  audience?.scope?.forEach((scope, i) => {
    if (!SCOPES.has(scope)) report.error(`intendedAudience.scope[${i}]`, messages.scope(`scope[${i}]`));
  });
  for (const field of ['countries', 'unsupportedCountries'] as const) {
    audience?.[field]?.forEach((country, i) => {
      if (!isCountryCode(country)) report.error(`intendedAudience.${field}[${i}]`, messages.country(`${field}[${i}]`));
    });
  }
}

/**
 * An organisation's identifier: an absolute URL with a host, or a URN; an Italian public body's
 * URN (`urn:x-italian-pa:<iPA code>`) must name a code of the IndicePA registry.
 */
function checkOrganisationUri(report: Reporter, key: string, uri: string | undefined, registry: Registry): void {
  if (!uri) {
    report.error(key, messages.required('uri'));
    return;
  }
  if (isOrganisationUri(uri, registry)) return;
  report.error(key, uri.startsWith(ITALIAN_PA_URN_PREFIX) ? messages.italianPaUri('uri') : messages.uri('uri'));
}

function isOrganisationUri(uri: string, registry: Registry): boolean {
  const url = parseUrl(uri, true);
  if (url === null) return false;
  if (url.scheme !== 'urn') return url.scheme !== '' && url.host !== '';
  if (!isUrn(uri)) return false;
  const italian = /^x-italian-pa:/i.exec(url.opaque);
  return italian === null || isItalianIpaCode(url.opaque.slice(italian[0].length), registry);
}

function checkItalianSection(report: Reporter, section: string, it: PubliccodeItalianSection, registry: Registry): void {
  const version = it.countryExtensionVersion;
  if (version !== undefined && !(COUNTRY_EXTENSION_VERSIONS as readonly string[]).includes(version)) {
    report.error(`${section}.countryExtensionVersion`, messages.oneOf('countryExtensionVersion', COUNTRY_EXTENSION_VERSIONS));
  }
  const code = it.riuso?.codiceIPA;
  if (code && !isItalianIpaCode(code, registry)) report.error(`${section}.riuso.codiceIPA`, messages.italianPaCode('codiceIPA'));
}
