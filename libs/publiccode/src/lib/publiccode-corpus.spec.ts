import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { UrlChecker } from './network/url-checker';
import type { PubliccodeResult } from './publiccode.types';
import { validatePubliccode, validatePubliccodeOnline } from './publiccode-validator';
import { directoryFiles } from './files/directory-files';

// The development corpus (see ../shared/corpora/README.md): publiccode-parser-go's own cases,
// beside the project's checkout unless ALLMENDE_CORPORA points elsewhere.
const corpora = process.env.ALLMENDE_CORPORA ?? join(__dirname, '../../../../../shared/corpora');
const corpus = join(corpora, 'publiccode');
if (!existsSync(corpus)) throw new Error(`publiccode corpus not found at ${corpus}: check out ../shared next to the project or set ALLMENDE_CORPORA`);

type Expectation = 'valid' | 'valid_with_warnings' | 'invalid';
interface Case {
  expect: Expectation;
  errors?: PubliccodeResult[];
}
const cases = JSON.parse(readFileSync(join(corpus, 'expected.json'), 'utf8')) as Record<string, Case>;

/** Reachability, code-repository, remote image and oEmbed results need the network (corpus README). */
const NEEDS_NETWORK = /not reachable: |is not a valid code repository|^HTTP GET |oEmbed/;

/**
 * Where this validator knowingly differs from expected.json, and why. expected.json was extracted
 * from the reference's Go test table; the first three are extraction slips, not behaviour.
 */
const DEVIATIONS = {
  /** Entries of the neighbouring table rows url_missing.yml and url_wrong_type.yml, files not in the corpus. */
  borrowedFromOtherFiles: {
    'invalid/applicationSuite_wrong_type.yml': ['url 1:1', 'url 6:1', 'url 6:1'],
    'invalid/name_missing.yml': ['name 4:1', 'name 4:1', 'name 4:1'],
  } as Record<string, string[]>,
  /**
   * The Go table gives this file a second result, written over several lines, which the
   * extraction lost: `monochromeLogo.mpg` has no logo extension. The file sits in invalid/.
   */
  lostResults: {
    'invalid/monochromeLogo_unsupported_extension.yml': [
      { type: 'error', key: 'monochromeLogo', line: 18, column: 1, description: 'invalid file extension for: monochromeLogo.mpg' },
    ],
  } as Record<string, PubliccodeResult[]>,
  /** Go string escapes left in the descriptions (`\"` and a cut-off closing quote). */
  unescape: (description: string) => description.replace(/\\"/g, '"').replace(/\\$/, '"'),
  /**
   * The reference names the latest version it parses as; this validator implements up to 0.5
   * and says so, where expected.json (from a newer reference) says v0.7.
   */
  latestVersion: (description: string) => description.replace('Parsing this file as v0.7.', 'Parsing this file as v0.5.'),
  /**
   * Whether an iPA code exists needs the IndicePA registry, which the project does not ship:
   * offline, without `isItalianIpaCode`, these well-formed but unknown codes pass. The test below
   * proves the same results appear once a registry is given.
   */
  needsIpaRegistry: ['invalid/fundedBy_uri_wrong_italian_pa2.yml', 'invalid/organisation_uri_wrong_italian_pa2.yml', 'invalid/it_riuso_codiceIPA_invalid.yml'],
};

/** The codes the corpus's valid files use; any other code is "not in the registry" below. */
const SMALL_IPA_REGISTRY = new Set(['pcm', 'c_h501']);

function validate(path: string, options: { withRegistry?: boolean } = {}) {
  const file = join(corpus, path);
  const isItalianIpaCode = options.withRegistry ? (code: string) => SMALL_IPA_REGISTRY.has(code.toLowerCase()) : undefined;
  return validatePubliccode(readFileSync(file), { files: directoryFiles(dirname(file)), isItalianIpaCode });
}

/**
 * The web as the corpus assumes it: GitHub serves git, Google has no such PNG and no oEmbed,
 * YouTube has oEmbed, every other URL answers 200 (a 512-pixel-wide PNG where one is asked for).
 */
const FAKE_WEB: UrlChecker = {
  async get(url) {
    const page = (status: number, contentType: string, body: Uint8Array | string) => ({
      ok: true as const,
      url,
      status,
      contentType,
      body: typeof body === 'string' ? new TextEncoder().encode(body) : body,
      truncated: false,
    });
    if (url.endsWith('/info/refs?service=git-upload-pack')) {
      return url.startsWith('https://github.com/') ? page(200, 'application/x-git-upload-pack-advertisement', '001e# service=git-upload-pack') : page(404, 'text/plain', '');
    }
    if (url === 'https://google.com/no_such_file.png') return page(404, 'text/html', 'Not Found');
    if (url === 'https://google.com') return page(200, 'text/html', '<html><head><title>Google</title></head></html>');
    if (url.startsWith('https://www.youtube.com/watch')) {
      return page(200, 'text/html', `<link rel="alternate" type="application/json+oembed" href="https://www.youtube.com/oembed?url=${url}">`);
    }
    if (url.endsWith('.png')) {
      const png = new Uint8Array(24);
      png.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
      new DataView(png.buffer).setUint32(16, 512);
      return page(200, 'image/png', png);
    }
    return page(200, 'text/html', '<html></html>');
  },
};

function corrected(results: PubliccodeResult[], path: string): PubliccodeResult[] {
  const borrowed = [...(DEVIATIONS.borrowedFromOtherFiles[path] ?? [])];
  const own = results.filter((result) => {
    const slip = borrowed.indexOf(`${result.key} ${result.line}:${result.column}`);
    if (slip >= 0) borrowed.splice(slip, 1);
    return slip < 0;
  });
  return [...own, ...(DEVIATIONS.lostResults[path] ?? [])].map((result) => ({
    ...result,
    description: DEVIATIONS.latestVersion(DEVIATIONS.unescape(result.description)),
  }));
}

function expectedOffline(path: string): PubliccodeResult[] {
  return corrected(cases[path].errors ?? [], path).filter((result) => !NEEDS_NETWORK.test(result.description));
}

function outcome(results: PubliccodeResult[]): Expectation {
  if (results.some((result) => result.type === 'error')) return 'invalid';
  return results.length > 0 ? 'valid_with_warnings' : 'valid';
}

const byPlace = (a: PubliccodeResult, b: PubliccodeResult) =>
  a.line - b.line || a.column - b.column || a.key.localeCompare(b.key) || a.description.localeCompare(b.description) || a.type.localeCompare(b.type);
const sorted = (results: PubliccodeResult[]) => [...results].sort(byPlace);

describe('publiccode-parser-go corpus, network checks off', () => {
  const paths = Object.keys(cases).sort();

  it('has the cases the README describes', () => {
    expect(paths.length).toBeGreaterThanOrEqual(100);
    for (const path of paths) expect(existsSync(join(corpus, path))).toBe(true);
  });

  it.each(paths.filter((path) => !DEVIATIONS.needsIpaRegistry.includes(path)))('%s: every offline result, same key, line and column', (path) => {
    const expected = expectedOffline(path);
    const validation = validate(path);
    expect(sorted(validation.results)).toEqual(sorted(expected));
    expect(validation.valid).toBe(outcome(expected) !== 'invalid');
  });

  it.each(DEVIATIONS.needsIpaRegistry)('%s: the iPA results appear once a registry is given', (path) => {
    expect(validate(path).valid).toBe(true);
    const expected = expectedOffline(path);
    expect(sorted(validate(path, { withRegistry: true }).results)).toEqual(sorted(expected));
  });

  it('agrees with the corpus on the outcome of every case that needs no network, no registry and no correction', () => {
    const corrected = new Set([...Object.keys(DEVIATIONS.lostResults), ...DEVIATIONS.needsIpaRegistry]);
    const offlineOnly = paths.filter((path) => !corrected.has(path) && !(cases[path].errors ?? []).some((result) => NEEDS_NETWORK.test(result.description)));
    expect(offlineOnly.length).toBeGreaterThanOrEqual(90);
    for (const path of offlineOnly) expect([path, outcome(validate(path).results)]).toEqual([path, cases[path].expect]);
  });

  it('parses the valid cases into typed documents', () => {
    const medusa = validate('valid/valid.yml').document;
    expect(medusa).toMatchObject({ publiccodeYmlVersion: '0', name: 'Medusa', releaseDate: '2017-04-15', softwareVersion: '1.0' });
    expect(medusa?.localisation).toEqual({ localisationReady: true, availableLanguages: ['en', 'it', 'fr', 'de', 'sl-IT-nedis'] });
    expect(medusa?.maintenance?.contractors).toEqual([{ name: 'Fornitore Privato SPA', website: 'https://developers.italia.it', until: '2019-01-01' }]);
    expect(medusa?.isBasedOn).toEqual(['https://github.com/italia/developers.italia.it.git']);
  });
});

describe('publiccode-parser-go corpus, network checks on (a fake web)', () => {
  const paths = Object.keys(cases)
    .sort()
    .filter((path) => !DEVIATIONS.needsIpaRegistry.includes(path));

  it.each(paths)('%s: every result, the network ones included', async (path) => {
    const file = join(corpus, path);
    const validation = await validatePubliccodeOnline(readFileSync(file), FAKE_WEB, { files: directoryFiles(dirname(file)) });
    expect(sorted(validation.results)).toEqual(sorted(corrected(cases[path].errors ?? [], path)));
  });
});
