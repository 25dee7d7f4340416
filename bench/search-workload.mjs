// The searches bench/search.mjs sends: a pool of distinct searches built from the catalogue's own
// words, asked for with Zipf-distributed popularity as real search logs are (a few searches are
// very frequent, most are rare), by anonymous visitors, signed-in members of namespaces and
// admins, some of them going on to the next page.
import { KIND_SUFFIXES, productNames, TOPICS } from './search-vocabulary.mjs';

/** Deterministic pseudo-random numbers (mulberry32), so every run asks the same searches. */
export function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = (next, items) => items[Math.floor(next() * items.length)];

/** One letter dropped, doubled or two swapped: the typos people make. */
function typo(next, word) {
  const at = 1 + Math.floor(next() * (word.length - 2));
  const kind = next();
  if (kind < 0.4) return word.slice(0, at) + word.slice(at + 1);
  if (kind < 0.7) return word.slice(0, at) + word[at] + word.slice(at);
  return word.slice(0, at - 1) + word[at] + word[at - 1] + word.slice(at + 1);
}

const BROAD = ['Verwaltung', 'Kommunen', 'Software', 'open source', 'Daten', 'online', 'sicher', 'Anwendung', 'Bürger', 'government'];
const KIND_WORDS = ['helm', 'chart', 'docker', 'image', 'container', 'client', 'library', 'konfiguration', 'ansible', 'gehärtet', 'hardened'];
const CATEGORIES = [...new Set(TOPICS.flatMap((topic) => topic.categories))];
const KINDS = Object.keys(KIND_SUFFIXES);

/** Texts people type: product names, well-known or not (also misspelt or half typed), topics in both languages, combinations, broad words. */
function texts(next) {
  const texts = [];
  for (const topic of TOPICS) {
    for (const name of topic.names) {
      const word = name.split('-')[0];
      texts.push(name, typo(next, word.length > 4 ? word : name), name.slice(0, Math.max(4, Math.ceil(name.length / 2))));
      texts.push(`${word} ${pick(next, KIND_WORDS)}`, `${word} ${pick(next, topic.de.features)}`);
    }
    const products = productNames(topic);
    for (let i = 0; i < 40; i++) {
      const product = pick(next, products);
      texts.push(product, typo(next, product), product.slice(0, Math.max(5, product.length - 3)), `${product} ${pick(next, KIND_WORDS)}`);
    }
    texts.push(topic.de.noun, topic.de.noun.toLowerCase().slice(0, 5), typo(next, topic.de.noun), ...topic.de.features, ...topic.en.features);
    for (let i = 0; i < 6; i++) {
      texts.push(`${pick(next, topic.de.features)} ${pick(next, topic.de.features)}`, `${pick(next, topic.en.features)} ${pick(next, KIND_WORDS)}`);
      texts.push(`${topic.de.noun} ${pick(next, TOPICS).de.noun}`, `${pick(next, topic.names)} OR ${pick(next, topic.names)}`);
    }
  }
  return [...new Set(texts), ...BROAD];
}

/** A filter as people click them together: mostly one, sometimes two facets. */
function filter(next) {
  const filters = [
    () => ({ kinds: [pick(next, KINDS)] }),
    () => ({ categories: [pick(next, CATEGORIES)] }),
    () => ({ platforms: [pick(next, ['web', 'linux', 'android', 'windows'])] }),
    () => ({ developmentStatuses: ['stable'] }),
    () => ({ allowedLicensesOnly: true }),
    () => ({ namespaceKinds: [pick(next, ['MUNICIPALITY', 'STATE', 'FEDERAL'])] }),
    () => ({ hardeningLevels: ['HIGH'] }),
    () => ({ licenses: [pick(next, ['EUPL-1.2', 'Apache-2.0', 'MIT', 'AGPL-3.0-or-later'])] }),
    () => ({ conductStatuses: ['PASSED'] }),
    () => ({ maintenanceTypes: [pick(next, ['community', 'contract', 'internal'])] }),
  ];
  const chance = next();
  if (chance < 0.55) return {};
  if (chance < 0.9) return pick(next, filters)();
  return { ...pick(next, filters)(), ...pick(next, filters)() };
}

/**
 * Distinct searches, most popular first: every text with and without a filter, and browsing
 * (no text) with filters. `sort` and page size vary as in a catalogue's UI.
 */
export function searchPool(seed, size) {
  const next = random(seed);
  const pool = [];
  const allTexts = texts(next);
  while (pool.length < size) {
    const text = next() < 0.15 ? null : pick(next, allTexts);
    const sortChance = next();
    pool.push({
      text,
      filter: text === null ? { ...filter(next), ...filter(next) } : filter(next),
      sort: sortChance < 0.8 ? 'RELEVANCE' : sortChance < 0.92 ? 'UPDATED' : 'ADOPTION',
      first: next() < 0.8 ? 20 : 50,
    });
  }
  // Popularity is not alphabetical: shuffle before ranking by Zipf.
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [pool[i], pool[j]] = [pool[j], pool[i]];
  }
  return pool;
}

/** Draws ranks 0..n-1 with probability proportional to 1 / (rank + 1)^exponent. */
export function zipf(next, n, exponent) {
  const cumulative = new Float64Array(n);
  let sum = 0;
  for (let rank = 0; rank < n; rank++) cumulative[rank] = sum += 1 / Math.pow(rank + 1, exponent);
  return () => {
    const target = next() * sum;
    let [low, high] = [0, n - 1];
    while (low < high) {
      const middle = (low + high) >> 1;
      if (cumulative[middle] < target) low = middle + 1;
      else high = middle;
    }
    return low;
  };
}
