/** Cuts text to a column's bound, marking the cut so a reader knows there was more. */
export function clip(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length - 1)}…`;
}
