/**
 * Bounds for what a describing file puts into a component: the dispatcher reads files of up to a
 * megabyte, and a catalogue record, a search index entry or a finding has no use for a label of
 * that size, nor for ten thousand of them.
 */
export const MAX_TEXT_LENGTH = 1000;
export const MAX_LIST_ITEMS = 100;

export function clipText(text: string, limit: number = MAX_TEXT_LENGTH): string {
  return text.length > limit ? `${text.slice(0, limit)}…` : text;
}

export function firstItems<T>(items: readonly T[], limit: number = MAX_LIST_ITEMS): T[] {
  return items.slice(0, limit);
}
