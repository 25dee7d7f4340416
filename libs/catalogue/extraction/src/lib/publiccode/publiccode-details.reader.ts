import { field, flag, isRecord, presentDetails, text, textList } from '../support/untrusted-values';
import { perLanguage } from './publiccode-descriptions.reader';

/** What the component page shows beyond the searchable fields; every value checked for its type. */
export function publiccodeDetails(data: Record<string, unknown>): Record<string, unknown> {
  const description = field(data, 'description');
  const audience = field(data, 'intendedAudience');
  const localisation = field(data, 'localisation');
  const legal = field(data, 'legal');
  const maintenance = field(data, 'maintenance');
  return presentDetails({
    publiccodeYmlVersion: text(field(data, 'publiccodeYmlVersion')),
    url: text(field(data, 'url')),
    landingURL: text(field(data, 'landingURL')),
    applicationSuite: text(field(data, 'applicationSuite')),
    isBasedOn: textList(field(data, 'isBasedOn')),
    releaseDate: text(field(data, 'releaseDate')),
    roadmap: text(field(data, 'roadmap')),
    localisedNames: perLanguage(description, 'localisedName'),
    documentation: perLanguage(description, 'documentation'),
    apiDocumentation: perLanguage(description, 'apiDocumentation'),
    organisation: organisationOf(field(data, 'organisation')),
    fundedBy: listOf(field(data, 'fundedBy'), organisationOf),
    intendedAudience: presentDetails({
      countries: textList(field(audience, 'countries')),
      unsupportedCountries: textList(field(audience, 'unsupportedCountries')),
      scope: textList(field(audience, 'scope')),
    }),
    localisation: presentDetails({
      localisationReady: flag(field(localisation, 'localisationReady')),
      availableLanguages: textList(field(localisation, 'availableLanguages')),
    }),
    mainCopyrightOwner: text(field(legal, 'mainCopyrightOwner')),
    repoOwner: text(field(legal, 'repoOwner')),
    contractors: listOf(field(maintenance, 'contractors'), (entry) => personOf(entry, ['name', 'website', 'until'])),
    contacts: listOf(field(maintenance, 'contacts'), (entry) => personOf(entry, ['name', 'email', 'affiliation'])),
  });
}

function organisationOf(value: unknown): Record<string, string> | null {
  return personOf(value, ['name', 'uri']);
}

/** The named text fields of a mapping; null when it has none of them. */
function personOf(value: unknown, keys: readonly string[]): Record<string, string> | null {
  if (!isRecord(value)) return null;
  const entries = keys.flatMap((key) => {
    const found = text(field(value, key));
    return found ? [[key, found] as const] : [];
  });
  return entries.length > 0 ? Object.fromEntries(entries) : null;
}

function listOf<T>(value: unknown, read: (entry: unknown) => T | null): T[] {
  return Array.isArray(value) ? value.map(read).filter((entry): entry is T => entry !== null) : [];
}
