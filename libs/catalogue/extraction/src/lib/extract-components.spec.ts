import type { CatalogueFile } from './catalogue.types';
import { extractComponents, MAX_COMPONENTS } from './extract-components';
import { textFile } from './support/catalogue-files.fixtures';

const PUBLICCODE = `publiccodeYmlVersion: "0.4"
name: Bürgerportal
softwareType: standalone/web
softwareVersion: 2.1.0
legal: {license: EUPL-1.2}
description:
  de: {shortDescription: Anträge online stellen}
`;

const COMPOSE = `services:
  portal:
    image: registry.example.org/musterstadt/portal:2.1.0
    ports: ["8080:8080"]
    user: "1000"
  db:
    image: postgres:16
`;

/** A city's portal repository: the application, its own npm library, its deployment, and what the checks must not read. */
function portalRepository(): CatalogueFile[] {
  return [
    textFile('README.md', '# Bürgerportal\n'),
    textFile('publiccode.yml', PUBLICCODE),
    textFile('package.json', JSON.stringify({ name: 'buergerportal', private: true, workspaces: ['packages/*'] })),
    textFile('packages/forms/package.json', JSON.stringify({ name: '@musterstadt/forms', version: '1.4.0', license: 'MIT', dependencies: { react: '^18' } })),
    textFile('packages/forms/node_modules/react/package.json', JSON.stringify({ name: 'react', version: '18.3.1' })),
    textFile('deploy/docker-compose.yml', COMPOSE),
    textFile('services/api/go.mod', 'module code.example.org/musterstadt/portal-api\n\ngo 1.22\n'),
    textFile('tools/pyproject.toml', '[project]\nname = "portal-tools"\nversion = \n'),
    { path: 'legacy/pom.xml', kind: 'symlink' },
  ];
}

describe('extractComponents', () => {
  it('finds every component of a mixed repository, keyed by kind and path, in path order', () => {
    const result = extractComponents({ files: portalRepository(), truncated: false });
    expect(result.components.map(({ key, name, version }) => ({ key, name, version }))).toEqual([
      { key: 'CONFIGURATION:deploy/docker-compose.yml', name: 'deploy', version: null },
      { key: 'LIBRARY:packages/forms/package.json', name: '@musterstadt/forms', version: '1.4.0' },
      { key: 'APPLICATION:publiccode.yml', name: 'Bürgerportal', version: '2.1.0' },
      { key: 'LIBRARY:services/api/go.mod', name: 'code.example.org/musterstadt/portal-api', version: null },
    ]);
    expect(result.findings).toEqual([
      { rule: 'symlink-skipped', severity: 'INFO', path: 'legacy/pom.xml', line: null, message: 'a symbolic link; it is not followed' },
      { rule: 'invalid-manifest', severity: 'WARNING', path: 'tools/pyproject.toml', line: 3, message: expect.stringMatching(/^not valid TOML: /) },
    ]);
    expect(result.truncated).toBe(false);
  });

  it('gives the same keys, sorted by path, whatever order the reader listed the files in', () => {
    const first = extractComponents({ files: portalRepository() });
    const reversed = extractComponents({ files: portalRepository().reverse() });
    expect(reversed).toEqual(first);
    const paths = first.components.map((component) => component.path);
    expect(paths).toEqual([...paths].sort());
    expect(first.components.every((component) => component.key === `${component.kind}:${component.path}`)).toBe(true);
  });

  it('passes the reader’s truncation on as a finding', () => {
    const result = extractComponents({ files: [textFile('publiccode.yml', PUBLICCODE)], truncated: true });
    expect(result.truncated).toBe(true);
    expect(result.findings).toEqual([expect.objectContaining({ rule: 'extraction-truncated', path: null })]);
    expect(result.components).toHaveLength(1);
  });

  it(`stops after ${MAX_COMPONENTS} components and says so`, () => {
    const files = Array.from({ length: MAX_COMPONENTS + 50 }, (_, index) => textFile(`packages/p${String(index).padStart(3, '0')}/package.json`, `{"name": "p${index}"}`));
    const result = extractComponents({ files });
    expect(result.components).toHaveLength(MAX_COMPONENTS);
    expect(result.truncated).toBe(true);
    expect(result.findings).toEqual([expect.objectContaining({ rule: 'extraction-truncated', path: `packages/p${MAX_COMPONENTS}/package.json` })]);
  });
});
