import { isWellFormedLanguageTag } from '../checks/bcp47';
import { graphemeCount } from '../checks/graphemes';
import { isDate, isEmail } from '../checks/text-formats';
import { isHttpUrl } from '../checks/url-syntax';
import { MAINTENANCE_TYPES } from '../checks/vocabulary';
import type { PubliccodeDocument } from '../publiccode.types';
import { messages, type Reporter } from './reporter';

/** Required, and one of a fixed list of values. */
export function checkEnumeration(report: Reporter, key: string, value: string | undefined, allowed: readonly string[]): void {
  const field = key.slice(key.lastIndexOf('.') + 1);
  if (!value) report.error(key, messages.required(field));
  else if (!allowed.includes(value)) report.error(key, messages.oneOf(field, allowed));
}

/** How the reference names a language's entry: `description.en`, but `description[en-GB]`. */
export function descriptionKey(language: string): string {
  return /^[A-Za-z]+$/.test(language) ? `description.${language}` : `description[${language}]`;
}

/** Lengths are counted in user-perceived characters, not in UTF-16 units or bytes. */
export function checkDescriptions(doc: PubliccodeDocument, report: Reporter): void {
  const descriptions = doc.description ?? {};
  const languages = Object.keys(descriptions);
  if (languages.length === 0) {
    report.error('description', messages.notEmpty('description'));
    return;
  }
  if (!languages.every(isWellFormedLanguageTag)) {
    report.error('description', messages.language('description'));
    return;
  }
  for (const language of languages) {
    const key = descriptionKey(language);
    const entry = descriptions[language];
    if (entry.genericName && graphemeCount(entry.genericName) > 35) report.error(`${key}.genericName`, messages.maxLength('genericName', 35));
    if (!entry.shortDescription) report.error(`${key}.shortDescription`, messages.required('shortDescription'));
    else if (graphemeCount(entry.shortDescription) > 150) report.error(`${key}.shortDescription`, messages.maxLength('shortDescription', 150));
    const longLength = entry.longDescription ? graphemeCount(entry.longDescription) : 0;
    if (longLength === 0) report.error(`${key}.longDescription`, messages.required('longDescription'));
    else if (longLength < 150) report.error(`${key}.longDescription`, messages.minLength('longDescription', 150));
    else if (longLength > 10_000) report.error(`${key}.longDescription`, messages.maxLength('longDescription', 10_000));
    for (const field of ['documentation', 'apiDocumentation'] as const) {
      const url = entry[field];
      if (url !== undefined && !isHttpUrl(url)) report.error(`${key}.${field}`, messages.httpUrl(field));
    }
    if (!entry.features?.length) report.error(`${key}.features`, messages.notEmpty('features'));
    entry.videos?.forEach((url, i) => {
      if (!isHttpUrl(url)) report.error(`${key}.videos[${i}]`, messages.httpUrl(`videos[${i}]`));
    });
  }
}

/** Contractors belong to `type: contract` only; contacts are required for internal and community maintenance. */
export function checkMaintenance(doc: PubliccodeDocument, report: Reporter): void {
  const maintenance = doc.maintenance ?? {};
  const type = maintenance.type;
  checkEnumeration(report, 'maintenance.type', type, MAINTENANCE_TYPES);

  if (type === 'contract' && maintenance.contractors === undefined) {
    report.error('maintenance.contractors', messages.requiredWhen('contractors', 'type', 'contract'));
  } else if (type !== 'contract' && maintenance.contractors !== undefined) {
    report.error('maintenance.contractors', messages.excludedUnless('contractors', 'type', 'contract'));
  } else {
    maintenance.contractors?.forEach((contractor, i) => {
      const key = `maintenance.contractors[${i}]`;
      if (!contractor.name) report.error(`${key}.name`, messages.required('name'));
      if (contractor.email !== undefined && !isEmail(contractor.email)) report.error(`${key}.email`, messages.email('email'));
      if (contractor.website !== undefined && !isHttpUrl(contractor.website)) report.error(`${key}.website`, messages.httpUrl('website'));
      if (!contractor.until) report.error(`${key}.until`, messages.required('until'));
      else if (!isDate(contractor.until)) report.error(`${key}.until`, messages.date('until'));
    });
  }

  if ((type === 'community' || type === 'internal') && maintenance.contacts === undefined) {
    report.error('maintenance.contacts', messages.requiredWhen('contacts', 'type', type));
    return;
  }
  maintenance.contacts?.forEach((contact, i) => {
    const key = `maintenance.contacts[${i}]`;
    if (!contact.name) report.error(`${key}.name`, messages.required('name'));
    if (contact.email !== undefined && !isEmail(contact.email)) report.error(`${key}.email`, messages.email('email'));
  });
}

export function checkLocalisation(doc: PubliccodeDocument, report: Reporter): void {
  const localisation = doc.localisation ?? {};
  if (localisation.localisationReady === undefined) report.error('localisation.localisationReady', messages.required('localisationReady'));
  const languages = localisation.availableLanguages;
  if (languages === undefined) report.error('localisation.availableLanguages', messages.required('availableLanguages'));
  else if (languages.length === 0) report.error('localisation.availableLanguages', messages.notEmpty('availableLanguages'));
  else {
    languages.forEach((language, i) => {
      if (!isWellFormedLanguageTag(language)) report.error(`localisation.availableLanguages[${i}]`, messages.language(`availableLanguages[${i}]`));
    });
  }
}
