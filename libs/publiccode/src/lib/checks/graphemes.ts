const segmenter = new Intl.Segmenter('und', { granularity: 'grapheme' });

/**
 * Length as a reader counts it: user-perceived characters (UAX #29 extended grapheme clusters),
 * so `é` written as e + combining accent, a flag or a family emoji each count once.
 */
export function graphemeCount(text: string): number {
  let count = 0;
  for (const _ of segmenter.segment(text)) count += 1;
  return count;
}
