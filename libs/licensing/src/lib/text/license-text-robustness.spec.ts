import licenseList from 'spdx-license-list/full';
import { identifyLicenseText, IDENTIFIED_CONFIDENCE } from './identify-license-text';
import { LicenseTextIndex } from './license-text-index';

/** The most used licenses in public package registries and code hosting (ClearlyDefined, libraries.io). */
const MOST_USED = [
  'MIT', 'Apache-2.0', 'BSD-3-Clause', 'BSD-2-Clause', 'ISC', 'GPL-3.0-only', 'GPL-2.0-only', 'LGPL-2.1-only', 'LGPL-3.0-only',
  'MPL-2.0', 'AGPL-3.0-only', 'Unlicense', 'CC0-1.0', 'EPL-1.0', 'EPL-2.0', '0BSD', 'Zlib', 'BSL-1.0', 'Artistic-2.0', 'CC-BY-4.0',
  'CC-BY-SA-4.0', 'EUPL-1.2', 'EUPL-1.1', 'WTFPL', 'Python-2.0', 'MIT-0', 'LGPL-2.0-only', 'CDDL-1.0', 'CDDL-1.1', 'MS-PL',
  'MS-RL', 'OFL-1.1', 'PostgreSQL', 'UPL-1.0', 'NCSA', 'X11', 'Vim', 'OpenSSL', 'Ruby', 'PHP-3.01', 'Artistic-1.0', 'AFL-3.0',
  'OSL-3.0', 'ECL-2.0', 'CC-BY-3.0', 'CC-BY-SA-3.0', 'BSD-4-Clause', 'Unicode-DFS-2016', 'BSD-3-Clause-Clear', 'GFDL-1.3-only',
];

const textOf = (id: string) => licenseList[id].licenseText;
const nameOf = (id: string) => licenseList[id].name;

function named(text: string): string | null {
  const result = identifyLicenseText(text);
  return result && result.confidence >= IDENTIFIED_CONFIDENCE ? result.spdxId : null;
}

function expectNamed(text: string, id: string): void {
  const name = named(text);
  expect({ id, named: name && LicenseTextIndex.shared().sameText(name, id) ? id : name }).toEqual({ id, named: id });
}

function withoutTitle(text: string): string {
  const lines = text.split('\n');
  return lines[0].length < 80 && !/[.:]$/.test(lines[0].trim()) ? lines.slice(1).join('\n') : text;
}

function rewrap(text: string, columns: number): string {
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => {
      const lines: string[] = [];
      let line = '';
      for (const word of paragraph.split(/\s+/).filter(Boolean)) {
        if (line.length + word.length + 1 > columns && line) {
          lines.push(line);
          line = word;
        } else line = line ? `${line} ${word}` : word;
      }
      return [...lines, line].join('\n');
    })
    .join('\n\n');
}

/** Deterministic pseudo-random words that occur in no license text. */
function insertRandomWords(text: string, count: number, seed: number): string {
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const syllables = ['zor', 'qua', 'plim', 'vex', 'trog', 'mib', 'sna', 'kelt', 'wub', 'jorn', 'fip', 'gax'];
  const words = text.split(' ');
  for (let index = 0; index < count; index++) {
    const word = Array.from({ length: 3 }, () => syllables[Math.floor(next() * syllables.length)]).join('');
    words.splice(Math.floor(next() * words.length), 0, word);
  }
  return words.join(' ');
}

describe('license text robustness', () => {
  it('knows all fifty licenses', () => {
    expect(MOST_USED.filter((id) => !licenseList[id])).toEqual([]);
    expect(new Set(MOST_USED).size).toBe(50);
  });

  describe.each(MOST_USED)('%s', (id) => {
    it('is named from its own text', () => expectNamed(textOf(id), id));
    it('is named without its title', () => expectNamed(withoutTitle(textOf(id)), id));
    it('is named with its title twice', () => expectNamed(`${nameOf(id)}\n\n${nameOf(id)}\n\n${textOf(id)}`, id));
    it('is named rewrapped to 60 columns', () => expectNamed(rewrap(textOf(id), 60), id));
    it('is named with CRLF line ends', () => expectNamed(textOf(id).replace(/\n/g, '\r\n'), id));
    it('is not named with 75 random words inserted', () => {
      expect({ id, named: named(insertRandomWords(textOf(id), 75, id.length * 7919)) }).toEqual({ id, named: null });
    });
  });
});
