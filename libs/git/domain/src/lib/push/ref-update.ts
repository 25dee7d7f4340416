export const ZERO_SHA = '0000000000000000000000000000000000000000';

export interface RefUpdate {
  oldSha: string;
  newSha: string;
  ref: string;
}

const LINE = /^([0-9a-f]{40}) ([0-9a-f]{40}) (refs\/\S+)$/;

/** Parses the "old new ref" lines git passes to receive hooks; anything else is dropped. */
export function parseRefUpdates(text: string): RefUpdate[] {
  return text
    .split('\n')
    .map((line) => LINE.exec(line.trim()))
    .filter((match): match is RegExpExecArray => match !== null)
    .map(([, oldSha, newSha, ref]) => ({ oldSha, newSha, ref }));
}
