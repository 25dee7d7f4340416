import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { shippedPath } from '@allmende/config';
import { isOsiApproved } from '@allmende/licensing';
import { directoryFiles, validatePubliccode } from '@allmende/publiccode';
import { DEMO_CONTENT_ROOT } from './demo-content.writer';
import { DEMO_NAMESPACES } from './demo-data';

const root = shippedPath(DEMO_CONTENT_ROOT);
const withContent: [source: string, license: string][] = DEMO_NAMESPACES.flatMap((namespace) =>
  namespace.repositories.flatMap((repository) => (repository.content ? [[`${namespace.slug}/${repository.name}`, repository.content.license] as [string, string]] : [])),
);
const sources = withContent.map(([source]) => source);

describe('demo repository content', () => {
  it('has a directory for exactly the demo repositories that declare content', () => {
    const directories = readdirSync(root).flatMap((namespace) => readdirSync(join(root, namespace)).map((name) => `${namespace}/${name}`));
    expect(directories.sort()).toEqual([...sources].sort());
  });

  it.each(sources)('%s: publiccode.yml is valid, and only warns that 0.4 is not the latest version', (source) => {
    const directory = join(root, source);
    const validation = validatePubliccode(readFileSync(join(directory, 'publiccode.yml')), { files: directoryFiles(directory) });
    expect(validation.results.filter((result) => result.type === 'error')).toEqual([]);
    expect(validation.valid).toBe(true);
    expect(validation.version).toBe('0.4');
    expect(validation.results.map((result) => result.key)).toEqual(['publiccodeYmlVersion']);
  });

  it.each(withContent)('%s: publiccode.yml declares %s, the license its LICENSE is written with', (source, license) => {
    const validation = validatePubliccode(readFileSync(join(root, source, 'publiccode.yml')));
    expect(validation.document?.legal?.license).toBe(license);
    expect(isOsiApproved(license)).toBe(true);
  });

  it.each(sources)('%s: ships no LICENSE of its own; the seed writes the SPDX text', (source) => {
    expect(existsSync(join(root, source, 'LICENSE'))).toBe(false);
  });
});
