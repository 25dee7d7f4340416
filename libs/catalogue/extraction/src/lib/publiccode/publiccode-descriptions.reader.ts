import { isWellFormedLanguageTag } from '@allmende/publiccode';
import type { LocalizedDescription } from '../catalogue.types';
import { field, isRecord, text, textList } from '../support/untrusted-values';

/** `description.<lang>` entries whose key is a language tag and whose value is a mapping. */
function languageEntries(description: unknown): [string, Record<string, unknown>][] {
  if (!isRecord(description)) return [];
  return Object.entries(description).filter((entry): entry is [string, Record<string, unknown>] => isWellFormedLanguageTag(entry[0]) && isRecord(entry[1]));
}

/** The texts the catalogue searches, by language; a language that says nothing is left out. */
export function descriptionsOf(description: unknown): Record<string, LocalizedDescription> {
  const result: Record<string, LocalizedDescription> = {};
  for (const [language, entry] of languageEntries(description)) {
    const localized = { shortDescription: text(field(entry, 'shortDescription')), longDescription: text(field(entry, 'longDescription')), features: textList(field(entry, 'features')) };
    if (localized.shortDescription || localized.longDescription || localized.features.length > 0) result[language] = localized;
  }
  return result;
}

/** One text field of every language that has it, e.g. the documentation URL per language. */
export function perLanguage(description: unknown, key: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [language, entry] of languageEntries(description)) {
    const value = text(field(entry, key));
    if (value) result[language] = value;
  }
  return result;
}
