// Scans the same generated tree with Allmende's license detector and with the Debian packages
// licensecheck, licensee and reuse, in one run, and prints files per second, the ratio to each
// peer, accuracy against the tree's ground truth and agreement with each peer; then scores
// Allmende and licensee on licensee's own fixtures (../shared/corpora/licensee-fixtures).
//
//   npm run bench:license-scan [-- --files 4000 --runs 3 --seed 1]
//
// Peers missing on the machine are installed with apt-get (as root); a peer that still is not
// there is left out of the tables, with the reason printed.
import { execFileSync, spawnSync } from 'node:child_process';
import { lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { parseArgs } from 'node:util';

const root = join(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
const { values } = parseArgs({
  options: {
    files: { type: 'string', default: '4000' },
    runs: { type: 'string', default: '3' },
    seed: { type: 'string', default: '1' },
    // Lists up to this many wrongly answered files per tool and kind of file.
    'show-misses': { type: 'string', default: '0' },
    // Writes the tree to this directory and keeps it (to look at single cases).
    'keep-tree': { type: 'string' },
    // Internal: the per-process Allmende run (this script, started again, scans one directory).
    'allmende-scan': { type: 'string' },
  },
});
const FILES = Number(values.files);
const RUNS = Number(values.runs);
const SEED = Number(values.seed);
const SHOW_MISSES = Number(values['show-misses']);
const FIXTURES = join(process.env.ALLMENDE_CORPORA ?? join(root, '..', 'shared', 'corpora'), 'licensee-fixtures');
const MAX_FILE_BYTES = 1024 * 1024;

// ---------------------------------------------------------------------------------------------
// Allmende: the compiled library in this process; the directory is read the way the command
// line reads it (text, binary, symlink, too large).

function loadAllmende() {
  const licensing = require(join(root, 'dist/libs/licensing/src/index.js'));
  if (typeof licensing.scanLicenses !== 'function') throw new Error('dist/libs/licensing has no scanLicenses (build a branch that has the detector)');
  const policy = licensing.parseLicensePolicy(readFileSync(join(root, 'config/license-policy.yaml'), 'utf8'));
  return { scan: (tree) => licensing.scanLicenses(tree, policy) };
}

const ALLMENDE_HOW = 'the rows of scanLicenses(...).files, the directory read as the command line reads it; run: node bench/license-scan.mjs --allmende-scan DIR';

function readTree(directory) {
  const files = [];
  const walk = (current) => {
    for (const entry of readdirSync(current, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(current, entry.name);
      const relativePath = relative(directory, path).split(sep).join('/');
      if (entry.isDirectory()) {
        if (entry.name !== '.git') walk(path);
      } else if (entry.isSymbolicLink()) {
        files.push({ path: relativePath, kind: 'symlink' });
      } else if (entry.isFile()) {
        if (lstatSync(path).size > MAX_FILE_BYTES) {
          files.push({ path: relativePath, kind: 'too-large' });
          continue;
        }
        const bytes = readFileSync(path);
        if (bytes.subarray(0, 8000).includes(0)) files.push({ path: relativePath, kind: 'binary' });
        else files.push({ path: relativePath, kind: 'text', content: bytes.toString('utf8') });
      }
    }
  };
  walk(directory);
  return { files };
}

/** Per file: the license ids Allmende names for it (all its result rows together). */
function allmendePerFile(result) {
  const perFile = new Map();
  for (const file of result.files) perFile.set(file.path, [...(perFile.get(file.path) ?? []), file.spdxId]);
  return perFile;
}

// ---------------------------------------------------------------------------------------------
// The peers: each one a command over the tree and a parser of its output into path -> ids.

const PEERS = [
  {
    name: 'licensecheck',
    apt: 'licensecheck',
    command: 'licensecheck',
    version: () => run('licensecheck', ['--version']).match(/version v?([\d.]+)/)?.[1],
    // All files (its default only checks "common source files"); SPDX names where it has them.
    scan: (directory) => run('licensecheck', ['--recursive', '--machine', '--shortname-scheme', 'spdx', '--check', '.*', '.'], directory),
    parse: parseLicensecheck,
    how: 'its line per file from licensecheck --recursive --machine --shortname-scheme spdx --check ".*" . (Debian names: GPL-3 = -only, GPL-3+ = -or-later)',
  },
  {
    name: 'licensee',
    apt: 'ruby-licensee',
    command: 'licensee',
    version: () => run('licensee', ['version']).trim(),
    // licensee looks at one project folder (or one file) per call; this is `licensee detect
    // --json FILE` for every file of the tree, run in one Ruby process with the same library.
    scan: (directory) => run('ruby', ['-e', LICENSEE_PER_FILE, directory]),
    parse: (output) => new Map(Object.entries(JSON.parse(output))),
    how: 'matched_files of `licensee detect FILE` for every file, the licensee library in one ruby process (it reads only license, README and manifest files)',
  },
  {
    name: 'reuse',
    apt: 'reuse',
    command: 'reuse',
    version: () => run('reuse', ['--version']).match(/([\d.]+)/)?.[1],
    // The SPDX bill of materials lists every covered file with the licenses its header,
    // .license file or dep5 entry gives. One core, like the other tools.
    scan: (directory) => run('reuse', ['--no-multiprocessing', '--root', directory, 'spdx']),
    parse: parseReuseSpdx,
    how: 'LicenseInfoInFile of reuse --no-multiprocessing --root DIR spdx (tags, .license files, dep5; it leaves out license files and LICENSES/)',
  },
];

const LICENSEE_PER_FILE = `
require 'licensee'
require 'json'
require 'find'
root = File.expand_path(ARGV[0])
found = {}
Find.find(root) do |path|
  Find.prune if File.basename(path) == '.git'
  next unless File.file?(path)
  project = Licensee.project(path, detect_packages: true, detect_readme: true)
  ids = project.matched_files.map { |file| file.license && file.license.spdx_id }.compact
  found[path[(root.length + 1)..]] = ids unless ids.empty?
end
puts JSON.generate(found)
`;

// The project verdict, as \`licensee detect --json DIR\` decides it, for each fixture folder.
const LICENSEE_PER_PROJECT = `
require 'licensee'
require 'json'
verdicts = ARGV.to_h do |dir|
  license = Licensee.project(dir, detect_packages: true, detect_readme: true).license
  [File.basename(dir), license && license.spdx_id]
end
puts JSON.generate(verdicts)
`;

function parseLicensecheck(output) {
  const perFile = new Map();
  for (const line of output.split('\n')) {
    if (!line.includes('\t')) continue;
    const [path, names] = line.split('\t');
    perFile.set(path.replace(/^\.\//, ''), names.split(/ and\/or | or | and /).map(licensecheckToSpdx));
  }
  return perFile;
}

/** licensecheck's SPDX scheme still gives Debian names for the GNU family: GPL-3, GPL-2+. */
function licensecheckToSpdx(name) {
  const gnu = name.match(/^(A|L)?GPL(?:-|v)(\d)(?:\.(\d))?(\+)?$/);
  if (gnu) return `${gnu[1] ?? ''}GPL-${gnu[2]}.${gnu[3] ?? '0'}-${gnu[4] ? 'or-later' : 'only'}`;
  return name === 'Expat' ? 'MIT' : name;
}

function parseReuseSpdx(output) {
  const perFile = new Map();
  let path = null;
  for (const line of output.split('\n')) {
    if (line.startsWith('FileName: ')) path = line.slice('FileName: '.length).replace(/^\.\//, '');
    else if (line.startsWith('LicenseInfoInFile: ') && path) perFile.set(path, [...(perFile.get(path) ?? []), line.slice('LicenseInfoInFile: '.length)]);
  }
  return perFile;
}

function run(command, args, cwd) {
  return execFileSync(command, args, { cwd, maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, LC_ALL: 'C.UTF-8' } }).toString();
}

const hasCommand = (command) => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;

/** Installs missing peers with apt-get; returns the peers that can run, and says why others cannot. */
function ensurePeers() {
  const missing = PEERS.filter((peer) => !hasCommand(peer.command));
  if (missing.length > 0) {
    const packages = missing.map((peer) => peer.apt);
    console.log(`installing ${packages.join(', ')} with apt-get ...`);
    const install = () => spawnSync('apt-get', ['install', '-y', '--no-install-recommends', ...packages], { encoding: 'utf8', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    let result = install();
    if (result.status !== 0 && !result.error) {
      spawnSync('apt-get', ['update', '-qq'], { encoding: 'utf8' });
      result = install();
    }
    if (result.status !== 0) {
      const reason = result.error?.message ?? result.stderr.trim().split('\n').slice(-3).join(' / ');
      console.log(`apt-get install failed (${reason}); continuing with the peers that are installed`);
    }
  }
  return PEERS.filter((peer) => {
    if (hasCommand(peer.command)) return true;
    console.log(`${peer.name}: not available, left out`);
    return false;
  });
}

// ---------------------------------------------------------------------------------------------
// The generated tree: seeded, so every run scans the same files; every file's license is known.

function seededRandom(seed) {
  let state = (seed * 2654435761) >>> 0 || 1;
  const next = () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
  const weighted = (table) => {
    const total = table.reduce((sum, [, weight]) => sum + weight, 0);
    let pick = next() * total;
    for (const [value, weight] of table) if ((pick -= weight) < 0) return value;
    return table[table.length - 1][0];
  };
  return { next, int: (min, max) => min + Math.floor(next() * (max - min + 1)), pick: (list) => list[Math.floor(next() * list.length)], weighted };
}

const LANGUAGES = [
  { ext: 'ts', comment: ['//'], body: (n) => `export function compute${n}(value: number): number {\n  return value * ${n} + 1;\n}\n` },
  { ext: 'js', comment: ['//'], body: (n) => `export const handler${n} = (request) => ({ status: ${200 + (n % 5)}, body: request.body });\n` },
  { ext: 'py', comment: ['#'], body: (n) => `def compute_${n}(value):\n    """Return the value scaled."""\n    return value * ${n}\n\n` },
  { ext: 'go', comment: ['//'], body: (n) => `func Compute${n}(value int) int {\n\treturn value * ${n}\n}\n\n` },
  { ext: 'rs', comment: ['//'], body: (n) => `pub fn compute_${n}(value: u64) -> u64 {\n    value * ${n}\n}\n\n` },
  { ext: 'java', comment: ['/*', ' *', ' */'], body: (n) => `  public int compute${n}(int value) {\n    return value * ${n};\n  }\n` },
  { ext: 'c', comment: ['/*', ' *', ' */'], body: (n) => `int compute_${n}(int value)\n{\n\treturn value * ${n};\n}\n\n` },
  { ext: 'rb', comment: ['#'], body: (n) => `def compute_${n}(value)\n  value * ${n}\nend\n\n` },
  { ext: 'sh', comment: ['#'], body: (n) => `step_${n}() {\n  echo "step ${n}: $1"\n}\n` },
  { ext: 'css', comment: ['/*', ' *', ' */'], body: (n) => `.block-${n} {\n  margin: ${n % 9}px;\n}\n` },
  { ext: 'html', comment: ['<!--', '  ', '-->'], body: (n) => `<section id="part-${n}"><p>Part ${n}</p></section>\n` },
  { ext: 'yaml', comment: ['#'], body: (n) => `key_${n}:\n  value: ${n}\n` },
  { ext: 'sql', comment: ['--'], body: (n) => `SELECT id, name FROM table_${n} WHERE id > ${n};\n` },
];

function commentBlock(language, lines) {
  const [open, middle, close] = language.comment;
  if (!middle) return lines.map((line) => `${open}${line ? ` ${line}` : ''}`).join('\n');
  return [open, ...lines.map((line) => `${middle}${line ? ` ${line}` : ''}`), close].join('\n');
}

/** SPDX expressions in headers, with weights. */
const TAGS = [
  ['MIT', 20],
  ['Apache-2.0', 20],
  ['EUPL-1.2', 15],
  ['GPL-3.0-or-later', 10],
  ['BSD-3-Clause', 8],
  ['MPL-2.0', 6],
  ['MIT OR Apache-2.0', 6],
  ['GPL-2.0-only', 5],
  ['LGPL-2.1-or-later', 5],
  ['CC0-1.0', 3],
  ['AGPL-3.0-or-later', 2],
];

/** The standard notices the licenses recommend for file headers. */
const NOTICES = {
  'Apache-2.0': [
    'Licensed under the Apache License, Version 2.0 (the "License");',
    'you may not use this file except in compliance with the License.',
    'You may obtain a copy of the License at',
    '',
    '    http://www.apache.org/licenses/LICENSE-2.0',
    '',
    'Unless required by applicable law or agreed to in writing, software',
    'distributed under the License is distributed on an "AS IS" BASIS,',
    'WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.',
    'See the License for the specific language governing permissions and',
    'limitations under the License.',
  ],
  'GPL-3.0-or-later': [
    'This program is free software: you can redistribute it and/or modify',
    'it under the terms of the GNU General Public License as published by',
    'the Free Software Foundation, either version 3 of the License, or',
    '(at your option) any later version.',
    '',
    'This program is distributed in the hope that it will be useful,',
    'but WITHOUT ANY WARRANTY; without even the implied warranty of',
    'MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the',
    'GNU General Public License for more details.',
    '',
    'You should have received a copy of the GNU General Public License',
    'along with this program.  If not, see <https://www.gnu.org/licenses/>.',
  ],
};

/** Full texts for vendored components: SPDX id of the text, and the file names they come in. */
const VENDOR_LICENSES = [
  ['MIT', 18, ['LICENSE', 'LICENSE.md', 'LICENSE.txt', 'LICENCE']],
  ['Apache-2.0', 14, ['LICENSE', 'LICENSE.txt']],
  ['BSD-3-Clause', 8, ['LICENSE', 'LICENSE.md']],
  ['BSD-2-Clause', 5, ['LICENSE']],
  ['ISC', 5, ['LICENSE']],
  ['GPL-2.0-only', 4, ['COPYING', 'LICENSE']],
  ['GPL-3.0-only', 5, ['COPYING', 'LICENSE']],
  ['LGPL-2.1-only', 3, ['COPYING.LIB', 'LICENSE']],
  ['LGPL-3.0-only', 2, ['COPYING.LESSER']],
  ['AGPL-3.0-only', 2, ['LICENSE']],
  ['MPL-2.0', 4, ['LICENSE']],
  ['EUPL-1.2', 4, ['LICENSE', 'LICENCE.txt']],
  ['Unlicense', 3, ['UNLICENSE', 'LICENSE']],
  ['Zlib', 2, ['LICENSE']],
  ['BSL-1.0', 2, ['LICENSE_1_0.txt', 'LICENSE']],
  ['0BSD', 2, ['LICENSE']],
  ['CC0-1.0', 2, ['LICENSE']],
  ['EPL-2.0', 2, ['LICENSE']],
  ['Artistic-2.0', 1, ['LICENSE']],
  [null, 3, ['LICENSE']], // a license of its own that matches no known license
];

const CUSTOM_LICENSE = (holder) =>
  `${holder} Software License\n\nCopyright (c) 2020 ${holder}. All rights reserved.\n\nThis software may be used only by licensees of ${holder} who hold a valid\nsubscription, and only for their internal purposes. Copying, modifying or\nredistributing it, in whole or in part, requires the prior written consent\nof ${holder}.\n`;

const HOLDERS = ['Jane Doe', 'Stadt Musterstadt', 'The Example Authors', 'Acme GmbH', 'Kommune Beispielheim', 'Ola Nordmann', 'Open Data Lab e.V.'];

function licenseText(id, holder, year) {
  return require('spdx-license-list/full')
    [id].licenseText.replace(/<year>|\[yyyy\]|\bYEAR\b/gi, String(year))
    .replace(/<copyright holders?>|<owner>|<name of author>|\[name of copyright owner\]|\bAUTHOR EMAIL\b/gi, holder);
}

/** Variations of a license text as they appear in real trees. */
const TEXT_VARIANTS = {
  verbatim: (text) => text,
  crlf: (text) => text.replace(/\r?\n/g, '\r\n'),
  rewrapped: (text) =>
    text
      .split(/\n\s*\n/)
      .map((paragraph) => {
        const words = paragraph.split(/\s+/).filter(Boolean);
        const lines = [''];
        for (const word of words) {
          if (lines[lines.length - 1].length + word.length > 66) lines.push('');
          lines[lines.length - 1] += (lines[lines.length - 1] ? ' ' : '') + word;
        }
        return lines.join('\n');
      })
      .join('\n\n'),
  retitled: (text, name) => {
    const [first, ...rest] = text.split('\n');
    const isTitle = first.length < 80 && !/[.:]$/.test(first.trim()) && !/^copyright/i.test(first);
    return isTitle ? rest.join('\n').replace(/^\n+/, '') : `${name} license\n\n${text}`;
  },
  recopyrighted: (text, name, holder) => {
    const line = `Copyright (c) 2012-2024 ${holder} and the ${name} contributors`;
    return /^.*copyright.*$/im.test(text) ? text.replace(/^.*copyright.*$/im, line) : `${line}\n\n${text}`;
  },
};

const expressionIds = (expression) => (expression ? expression.split(/\s+(?:OR|AND|WITH)\s+|[()]/).map((id) => id.trim()).filter(Boolean) : []);

/**
 * Writes the tree and returns the ground truth: path -> { ids, category, text }. `text` marks
 * full license texts, where GPL-3.0-only and GPL-3.0-or-later cannot be told apart.
 */
function generateTree(directory, fileCount, seed) {
  const random = seededRandom(seed);
  const truth = new Map();
  const write = (path, content, ids, category, text = false) => {
    mkdirSync(dirname(join(directory, path)), { recursive: true });
    writeFileSync(join(directory, path), content);
    truth.set(path, { ids, category, text });
  };
  const sourceFile = (path, language, header) => {
    const bodies = Array.from({ length: random.int(3, 40) }, (_, index) => language.body(index + 1));
    const shebang = language.ext === 'sh' ? '#!/bin/sh\n' : '';
    write(path, `${shebang}${header.lines.length ? `${commentBlock(language, header.lines)}\n\n` : ''}${bodies.join('\n')}`, header.ids, header.category);
  };
  const year = () => random.int(2005, 2024);
  const header = () => {
    const holder = random.pick(HOLDERS);
    const kind = random.weighted([
      ['tag', 45],
      ['notice', 5],
      ['copyright', 10],
      ['none', 40],
    ]);
    const copyright = random.next() < 0.5 ? `SPDX-FileCopyrightText: ${year()} ${holder}` : `Copyright (c) ${year()} ${holder}`;
    if (kind === 'tag') {
      const expression = random.weighted(TAGS);
      return { lines: [...(random.next() < 0.8 ? [copyright] : []), `SPDX-License-Identifier: ${expression}`], ids: expressionIds(expression), category: 'source, SPDX tag' };
    }
    if (kind === 'notice') {
      const id = random.pick(Object.keys(NOTICES));
      return { lines: [`Copyright ${year()} ${holder}`, '', ...NOTICES[id]], ids: [id], category: 'source, license notice' };
    }
    if (kind === 'copyright') return { lines: [copyright], ids: [], category: 'source, copyright only' };
    return { lines: [], ids: [], category: 'source, no header' };
  };

  // The project itself: EUPL-1.2, REUSE-style LICENSES/ for every license its headers use.
  write('LICENSE', licenseText('EUPL-1.2', 'Stadt Musterstadt', 2023), ['EUPL-1.2'], 'license text (root, LICENSES/)', true);
  write('package.json', `${JSON.stringify({ name: 'allmende-bench-tree', version: '1.0.0', license: 'EUPL-1.2' }, null, 2)}\n`, ['EUPL-1.2'], 'package manifest');
  const usedIds = [...new Set(TAGS.flatMap(([expression]) => expressionIds(expression)))];
  for (const id of usedIds) write(`LICENSES/${id}.txt`, require('spdx-license-list/full')[id].licenseText, [id], 'license text (root, LICENSES/)', true);
  for (let index = 0; index < 16; index++) {
    const bytes = Buffer.alloc(random.int(200, 4000));
    for (let at = 0; at < bytes.length; at++) bytes[at] = random.int(0, 255);
    bytes[1] = 0;
    write(`assets/image-${index}.png`, bytes, [], 'binary');
  }

  // Vendored components: a license file, a manifest that declares the same license, sources.
  const vendorCount = Math.round(fileCount * 0.03);
  for (let component = 0; component < vendorCount; component++) {
    const name = `component-${component}`;
    const holder = random.pick(HOLDERS);
    const [id, , fileNames] = random.weighted(VENDOR_LICENSES.map((entry) => [entry, entry[1]]));
    const variant = random.weighted([
      ['verbatim', 40],
      ['crlf', 15],
      ['rewrapped', 15],
      ['retitled', 15],
      ['recopyrighted', 15],
    ]);
    const text = id ? TEXT_VARIANTS[variant](licenseText(id, holder, year()), name, holder) : CUSTOM_LICENSE(holder);
    write(`vendor/${name}/${random.pick(fileNames)}`, text, id ? [id] : [], id ? 'license text (vendor/)' : 'license text, not a known license', true);
    // GPL texts say nothing about "or later"; the manifest does.
    const declared = id?.replace(/-only$/, random.next() < 0.5 ? '-only' : '-or-later') ?? null;
    const manifest = random.weighted([
      ['package.json', 3],
      ['Cargo.toml', 2],
      ['pyproject.toml', 2],
    ]);
    if (manifest === 'package.json') write(`vendor/${name}/package.json`, `${JSON.stringify({ name, version: '2.1.0', license: declared ?? 'SEE LICENSE IN LICENSE' }, null, 2)}\n`, expressionIds(declared), 'package manifest');
    else if (manifest === 'Cargo.toml') write(`vendor/${name}/Cargo.toml`, `[package]\nname = "${name}"\nversion = "0.4.2"\nedition = "2021"\n${declared ? `license = "${declared}"` : 'license-file = "LICENSE"'}\n`, expressionIds(declared), 'package manifest');
    else write(`vendor/${name}/pyproject.toml`, `[project]\nname = "${name}"\nversion = "1.3.0"\n${declared ? `license = "${declared}"` : 'license = { file = "LICENSE" }'}\n`, expressionIds(declared), 'package manifest');
    for (let index = 0; index < 4; index++) {
      const language = random.pick(LANGUAGES);
      const tagged = declared && random.next() < 0.3;
      sourceFile(
        `vendor/${name}/src/part-${index}.${language.ext}`,
        language,
        tagged ? { lines: [`SPDX-License-Identifier: ${declared}`], ids: expressionIds(declared), category: 'source, SPDX tag' } : { lines: [], ids: [], category: 'source, no header' },
      );
    }
  }

  // The project's own sources fill the rest, about 30 files per directory.
  for (let index = 0; truth.size < fileCount; index++) {
    const language = random.pick(LANGUAGES);
    sourceFile(`src/area-${Math.floor(index / 300)}/module-${Math.floor(index / 30) % 10}/file-${index}.${language.ext}`, language, header());
  }
  return truth;
}

// ---------------------------------------------------------------------------------------------
// Comparing answers: a file's answer is the set of license ids a tool names for it.

const knownIds = (() => {
  const ids = [...require('spdx-license-ids/index.json'), ...require('spdx-license-ids/deprecated.json')];
  return new Map(ids.map((id) => [id.toLowerCase(), id]));
})();

/** Canonical spelling; the deprecated GNU ids become -only / -or-later; no license -> dropped. */
function canonical(id) {
  const trimmed = id.trim();
  if (!trimmed || /^(NOASSERTION|NONE|UNKNOWN|other)$/i.test(trimmed) || /^LicenseRef-/i.test(trimmed)) return null;
  const gnu = trimmed.match(/^((?:A|L)?GPL|GFDL)-(\d\.\d)(\+)?$/i);
  if (gnu) return `${gnu[1].toUpperCase()}-${gnu[2]}-${gnu[3] ? 'or-later' : 'only'}`;
  return knownIds.get(trimmed.toLowerCase()) ?? trimmed;
}

/** For full texts: the version of a GNU license counts, "only" or "or later" cannot be read from it. */
const family = (id) => id.replace(/-(only|or-later)$/, '');

function answerKey(ids, text) {
  const set = new Set();
  for (const id of ids ?? []) {
    for (const part of expressionIds(id)) {
      const name = canonical(part);
      if (name) set.add(text ? family(name) : name);
    }
  }
  return [...set].sort().join(' + ');
}

function score(truth, perFile, other) {
  let correct = 0;
  let agree = 0;
  let bothName = 0;
  let bothNameAgree = 0;
  const byCategory = new Map();
  for (const [path, expected] of truth) {
    const answer = answerKey(perFile.get(path), expected.text);
    const ok = answer === answerKey(expected.ids, expected.text);
    correct += ok;
    const category = byCategory.get(expected.category) ?? { files: 0, correct: 0, misses: [] };
    category.files += 1;
    category.correct += ok;
    if (!ok) category.misses.push(`${path} [${answerKey(expected.ids, expected.text) || 'none'} -> ${answer || 'none'}]`);
    byCategory.set(expected.category, category);
    if (other) {
      const otherAnswer = answerKey(other.get(path), expected.text);
      agree += answer === otherAnswer;
      if (answer && otherAnswer) {
        bothName += 1;
        bothNameAgree += answer === otherAnswer;
      }
    }
  }
  return { accuracy: correct / truth.size, byCategory, agreement: agree / truth.size, bothName, bothNameAgreement: bothName ? bothNameAgree / bothName : NaN };
}

// ---------------------------------------------------------------------------------------------
// Timing.

const median = (numbers) => [...numbers].sort((a, b) => a - b)[Math.floor(numbers.length / 2)];

function timed(action) {
  const start = process.hrtime.bigint();
  const output = action();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, output };
}

/** Median wall time of a tool's whole run, and of the same run on a tree of one LICENSE (its start-up). */
function measurePeer(peer, directory, startupTree) {
  const runs = Array.from({ length: RUNS }, () => timed(() => peer.scan(directory)));
  const startup = median(Array.from({ length: RUNS }, () => timed(() => peer.scan(startupTree)).ms));
  return { total: median(runs.map((r) => r.ms)), startup, perFile: peer.parse(runs[0].output) };
}

function measureAllmende(allmende, directory, startupTree) {
  const perProcess = (dir) => timed(() => run(process.execPath, [join(root, 'bench/license-scan.mjs'), '--allmende-scan', dir]));
  const runs = Array.from({ length: RUNS }, () => perProcess(directory));
  const startup = median(Array.from({ length: RUNS }, () => perProcess(startupTree).ms));
  // Steady state: in this process, after one warm-up scan, reading the directory included.
  allmende.scan(readTree(directory));
  const steady = median(Array.from({ length: RUNS }, () => timed(() => allmende.scan(readTree(directory))).ms));
  return { total: median(runs.map((r) => r.ms)), startup, steady, perFile: new Map(Object.entries(JSON.parse(runs[0].output))) };
}

// ---------------------------------------------------------------------------------------------
// licensee's fixtures: the project-level verdict for each folder against fixtures.yml.

function fixtureExpectations() {
  const { parse } = require('yaml');
  const expectations = parse(readFileSync(join(FIXTURES, 'fixtures.yml'), 'utf8'));
  return Object.entries(expectations).map(([folder, { key }]) => {
    if (!key || key === 'other' || key === 'no-license') return { folder, key: key ?? null, expected: '' };
    const id = canonical(key);
    if (!knownIds.has(id.toLowerCase())) throw new Error(`fixtures.yml: no SPDX id for key ${key}`);
    return { folder, key, expected: answerKey([id], true) };
  });
}

function scoreFixtures(expectations, verdicts) {
  const misses = expectations.filter(({ folder, expected }) => answerKey(verdicts.get(folder) ? [verdicts.get(folder)] : [], true) !== expected);
  return { correct: expectations.length - misses.length, misses };
}

function fixtureVerdicts(allmende, peers, expectations) {
  const verdicts = { Allmende: new Map(expectations.map(({ folder }) => [folder, allmende.scan(readTree(join(FIXTURES, folder))).expression])) };
  if (peers.some((peer) => peer.name === 'licensee')) {
    const output = run('ruby', ['-e', LICENSEE_PER_PROJECT, ...expectations.map(({ folder }) => join(FIXTURES, folder))]);
    verdicts.licensee = new Map(Object.entries(JSON.parse(output)));
  }
  return verdicts;
}

// ---------------------------------------------------------------------------------------------
// Output.

const percent = (fraction) => (Number.isNaN(fraction) ? '-' : `${(fraction * 100).toFixed(1)}%`);
const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;

function table(rows) {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => String(row[column]).length)));
  return rows.map((row) => row.map((cell, column) => (column === 0 ? String(cell).padEnd(widths[column]) : String(cell).padStart(widths[column]))).join('  ')).join('\n');
}

function printResults(results, fileCount) {
  const rate = (ms) => fileCount / (ms / 1000);
  const [ours] = results;
  const ratio = (ourMs, peerMs) => `${(rate(ourMs) / rate(peerMs)).toFixed(2)}x`;
  const rows = results.map((r) => {
    const peer = r !== ours;
    return [
      r.name,
      r.version ?? '?',
      seconds(r.total),
      seconds(r.startup),
      rate(r.total).toFixed(0),
      seconds(r.steady),
      rate(r.steady).toFixed(0),
      peer ? `${ratio(ours.total, r.total)} / ${ratio(ours.steady, r.steady)}` : '-',
      percent(r.accuracy),
      peer ? percent(r.agreement) : '-',
      peer ? `${percent(r.bothNameAgreement)} of ${r.bothName}` : '-',
    ];
  });
  console.log(`\n${table([['tool', 'version', 'run', 'start-up', 'files/s', 'steady', 'files/s', 'Allmende/peer', 'accuracy', 'agreement', 'where both name one'], ...rows])}`);
  console.log(
    [
      '',
      'run: wall time of one process over the whole tree, start-up included. start-up: the same on a tree',
      '  of one LICENSE file (loading the program and its license data). steady: Allmende scanning in this',
      '  process after a warm-up scan, reading the directory included; a peer: run minus start-up.',
      'Allmende/peer: Allmende files/s divided by the peer\'s, run / steady (above 1: Allmende is faster).',
      'accuracy: files whose set of named license ids equals the ground truth (no license = empty set;',
      '  LicenseRef-*, NOASSERTION, UNKNOWN and "other" name no license; AND/OR/WITH are not compared; for',
      '  full license texts -only and -or-later count as the same).',
      'agreement: files where the peer names the same set as Allmende, over all files (both naming none',
      '  agrees); where both name one: over the files for which both name a license.',
      'per file:',
      ...results.map((r) => `  ${r.name}: ${r.how}`),
    ].join('\n'),
  );
  const categories = [...ours.byCategory.keys()].sort();
  const share = (r, category) => percent(r.byCategory.get(category).correct / r.byCategory.get(category).files);
  console.log(`\naccuracy by kind of file\n${table([['files', 'count', ...results.map((r) => r.name)], ...categories.map((category) => [category, ours.byCategory.get(category).files, ...results.map((r) => share(r, category))])])}`);
  if (SHOW_MISSES > 0) {
    for (const r of results) {
      for (const category of categories) {
        const { misses } = r.byCategory.get(category);
        if (misses.length) console.log(`  ${r.name}, ${category}: ${misses.slice(0, SHOW_MISSES).join(', ')}`);
      }
    }
  }
}

function printFixtures(expectations, verdicts) {
  console.log(`\nlicensee fixtures: ${expectations.length} folders, the project's verdict; key other, no-license or empty = must name no license`);
  const scores = {};
  for (const [name, byFolder] of Object.entries(verdicts)) {
    const { correct, misses } = (scores[name] = scoreFixtures(expectations, byFolder));
    const listed = misses.map(({ folder, key }) => `${folder} (${key ?? 'none'} -> ${byFolder.get(folder) ?? 'none'})`).join(', ');
    console.log(`  ${name.padEnd(9)} ${correct}/${expectations.length} (${percent(correct / expectations.length)})  misses: ${listed || 'none'}`);
  }
  if (scores.licensee) console.log(`  target Allmende >= licensee: ${scores.Allmende.correct >= scores.licensee.correct ? 'met' : 'NOT met'}`);
}

function main() {
  let allmende;
  try {
    allmende = loadAllmende();
  } catch (error) {
    console.error(`bench:license-scan: ${error.message}`);
    process.exitCode = 1;
    return;
  }
  const peers = ensurePeers();
  const work = mkdtempSync(join(tmpdir(), 'allmende-bench-license-'));
  try {
    const tree = values['keep-tree'] ?? join(work, 'tree');
    const truth = generateTree(tree, FILES, SEED);
    const bytes = [...truth.keys()].reduce((sum, path) => sum + lstatSync(join(tree, path)).size, 0);
    console.log(`tree: ${truth.size} files, ${(bytes / 1e6).toFixed(1)} MB, seed ${SEED}; times are medians of ${RUNS} runs`);
    // Start-up includes what a tool loads before it can match its first license text.
    const startupTree = join(work, 'one-license');
    mkdirSync(startupTree);
    writeFileSync(join(startupTree, 'LICENSE'), licenseText('MIT', 'Jane Doe', 2024));

    const ours = measureAllmende(allmende, tree, startupTree);
    const results = [{ name: 'Allmende', version: require(join(root, 'package.json')).version, ...ours, how: ALLMENDE_HOW }];
    for (const peer of peers) {
      const measured = measurePeer(peer, tree, startupTree);
      results.push({ name: peer.name, version: peer.version(), ...measured, steady: Math.max(measured.total - measured.startup, 1), how: peer.how });
    }
    for (const result of results) Object.assign(result, score(truth, result.perFile, result.name === 'Allmende' ? null : ours.perFile));
    printResults(results, truth.size);

    const expectations = fixtureExpectations();
    printFixtures(expectations, fixtureVerdicts(allmende, peers, expectations));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

// Started as `--allmende-scan DIR` (the per-process run): one scan, the per-file answers on stdout.
if (values['allmende-scan']) process.stdout.write(JSON.stringify(Object.fromEntries(allmendePerFile(loadAllmende().scan(readTree(values['allmende-scan']))))));
else main();
