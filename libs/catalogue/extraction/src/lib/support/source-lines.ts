/** The 1-based line of a character offset. */
export function lineAtOffset(text: string, offset: number): number {
  let line = 1;
  for (let at = text.indexOf('\n'); at >= 0 && at < offset; at = text.indexOf('\n', at + 1)) line += 1;
  return line;
}

/** The first 1-based line matching `pattern`, or null. */
export function lineMatching(text: string, pattern: RegExp): number | null {
  const index = text.split(/\r\n|\r|\n/).findIndex((line) => pattern.test(line));
  return index < 0 ? null : index + 1;
}
