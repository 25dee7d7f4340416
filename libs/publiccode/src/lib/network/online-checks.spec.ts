import { validatePubliccodeOnline } from '../publiccode-validator';
import { MAX_URL_CHECKS } from './online-checks';
import { createFetchUrlChecker, type UrlChecker } from './url-checker';

const LONG = 'A long description that says what the software does and why a municipality would want it. '.repeat(3);

function publiccode(extra: string): string {
  return [
    'publiccodeYmlVersion: "0"',
    'name: Medusa',
    'url: https://git.example.org/medusa.git',
    'platforms: [web]',
    'developmentStatus: stable',
    'softwareType: standalone/web',
    'description:',
    '  de:',
    '    shortDescription: Kurz',
    `    longDescription: ${LONG}`,
    '    features: [Eins]',
    extra,
    'legal: {license: EUPL-1.2}',
    'maintenance: {type: none}',
    'localisation: {localisationReady: true, availableLanguages: [de]}',
  ].join('\n');
}

describe('online checks', () => {
  it('never reaches private addresses named in the file', async () => {
    const fetch = jest.fn();
    const checker = createFetchUrlChecker({
      resolve: async (host) => (host === 'git.example.org' ? ['93.184.215.14'] : ['10.0.0.5']),
      fetch: fetch as unknown as typeof globalThis.fetch,
    });
    fetch.mockImplementation(async () => new Response('001e# service=git-upload-pack', { headers: { 'content-type': 'application/x-git-upload-pack-advertisement' } }));
    const validation = await validatePubliccodeOnline(publiccode('    documentation: http://wiki.intern/medusa'), checker);
    expect(validation.results).toEqual([
      {
        type: 'error',
        key: 'description.de.documentation',
        line: 12,
        column: 5,
        description: "'http://wiki.intern/medusa' not reachable: HTTP GET failed for http://wiki.intern/medusa: wiki.intern is not on the public internet (10.0.0.5)",
      },
    ]);
    expect(fetch.mock.calls.map(([url]) => url)).not.toContain('http://wiki.intern/medusa');
  });

  it(`requests at most ${MAX_URL_CHECKS} URLs for one file`, async () => {
    const requested: string[] = [];
    const checker: UrlChecker = {
      async get(url) {
        requested.push(url);
        return { ok: true, url, status: 200, contentType: 'application/x-git-upload-pack-advertisement', body: new Uint8Array(), truncated: false };
      },
    };
    const screenshots = Array.from({ length: 80 }, (_, i) => `      - https://img.example.org/${i}.png`).join('\n');
    const validation = await validatePubliccodeOnline(publiccode(`    screenshots:\n${screenshots}`), checker);
    expect(requested.length).toBeLessThanOrEqual(MAX_URL_CHECKS + 1);
    expect(validation.results.filter((result) => result.type === 'warning')).toEqual([
      { type: 'warning', key: '', line: 0, column: 0, description: `only the first ${MAX_URL_CHECKS} of 81 URLs were checked online` },
    ]);
  });

  it('tells a git repository from a web page', async () => {
    const checker: UrlChecker = {
      async get(url) {
        return { ok: true, url, status: 200, contentType: 'text/html', body: new Uint8Array(), truncated: false };
      },
    };
    const validation = await validatePubliccodeOnline(publiccode(''), checker);
    expect(validation.results).toEqual([{ type: 'error', key: 'url', line: 3, column: 1, description: 'is not a valid code repository' }]);
  });
});
