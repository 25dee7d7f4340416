import type { LocalizedDescription } from '../catalogue.types';
import { descriptionLanguage } from './description-language';
import { clipText } from './text-limits';

/** A one-line description from a label or a chart, keyed by the language it reads as; none for an empty one. */
export function descriptionsOf(text: string | null): Record<string, LocalizedDescription> {
  const trimmed = text?.trim() ?? '';
  if (trimmed === '') return {};
  return { [descriptionLanguage(trimmed)]: { shortDescription: clipText(trimmed), longDescription: null, features: [] } };
}
