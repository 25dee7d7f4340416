/**
 * Shannon entropy of a value's characters, in bits per character. Random keys over base62 or
 * base64 score 4 to 6, hex at most 4; words and placeholders score lower. A small value
 * cannot score high however random it is (at most log2 of its length), which is why the
 * entropy rule also asks for a minimum length.
 */
export function shannonEntropy(value: string): number {
  if (value.length === 0) return 0;
  // -Σ (c/n) log2(c/n) = log2(n) - Σ c log2(c) / n; characters seen once add nothing to the sum.
  let sum = 0;
  for (const count of characterCounts(value)) if (count > 1) sum += count * Math.log2(count);
  return Math.log2(value.length) - sum / value.length;
}

/** Counts of ASCII characters, shared by all calls and zeroed after each: no allocation per value. */
const ASCII_COUNTS = new Uint32Array(128);

/** How often each distinct character occurs. A Map per character would cost more than the rest of a scan. */
export function characterCounts(value: string): number[] {
  const seen: number[] = [];
  let others: Map<number, number> | null = null;
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index);
    if (code < 128) {
      if (ASCII_COUNTS[code]++ === 0) seen.push(code);
    } else {
      others ??= new Map();
      others.set(code, (others.get(code) ?? 0) + 1);
    }
  }
  const counts: number[] = [];
  for (const code of seen) {
    counts.push(ASCII_COUNTS[code]);
    ASCII_COUNTS[code] = 0;
  }
  if (others) counts.push(...others.values());
  return counts;
}
