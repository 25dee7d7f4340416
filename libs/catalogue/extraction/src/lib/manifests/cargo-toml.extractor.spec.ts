import type { CatalogueFile } from '../catalogue.types';
import { extractWith, itRefusesUnreadableFiles, onlyComponent, onlyFinding, textFile } from '../support/catalogue-files.fixtures';
import { cargoTomlExtractor } from './cargo-toml.extractor';

const CRATE = `[package]
name = "xoev-rs"
version = "0.3.0"
edition = "2021"
license = "EUPL-1.2 OR MIT"
description = "XÖV messages in Rust"
repository = "https://code.example.org/musterstadt/xoev-rs"
keywords = ["xoev"]

[dependencies]
serde = { version = "1", features = ["derive"] }
quick-xml = "0.31"

[dev-dependencies]
insta = "1"
`;

describe('Cargo.toml extractor', () => {
  it('matches Cargo.toml outside vendored folders', () => {
    expect(['Cargo.toml', 'crates/core/Cargo.toml'].every(cargoTomlExtractor.matches)).toBe(true);
    expect(['Cargo.lock', 'cargo.toml', 'vendor/serde/Cargo.toml'].some(cargoTomlExtractor.matches)).toBe(false);
  });

  it('reads a crate into a library', () => {
    expect(onlyComponent(cargoTomlExtractor, 'Cargo.toml', CRATE)).toMatchObject({
      key: 'LIBRARY:Cargo.toml',
      name: 'xoev-rs',
      version: '0.3.0',
      ecosystem: 'cargo',
      declaredLicense: 'EUPL-1.2 OR MIT',
      descriptions: { und: { shortDescription: 'XÖV messages in Rust' } },
      details: { edition: '2021', repository: 'https://code.example.org/musterstadt/xoev-rs', keywords: ['xoev'], dependencies: ['serde', 'quick-xml'] },
    });
  });

  it('takes fields marked workspace = true from the workspace root, which yields nothing itself', () => {
    const root = textFile('Cargo.toml', '[workspace]\nmembers = ["crates/*"]\n\n[workspace.package]\nversion = "2.1.0"\nlicense = "EUPL-1.2"\nedition = "2021"\n');
    const member = (name: string) => textFile(`crates/${name}/Cargo.toml`, `[package]\nname = "${name}"\nversion.workspace = true\nlicense = { workspace = true }\nedition.workspace = true\ndescription.workspace = true\n`);
    const result = extractWith(cargoTomlExtractor, root, member('core'), member('cli'));
    expect(result.findings).toEqual([]);
    expect(result.components.map(({ key, name, version, declaredLicense, descriptions, details }) => ({ key, name, version, declaredLicense, descriptions, details }))).toEqual([
      { key: 'LIBRARY:crates/cli/Cargo.toml', name: 'cli', version: '2.1.0', declaredLicense: 'EUPL-1.2', descriptions: {}, details: { edition: '2021' } },
      { key: 'LIBRARY:crates/core/Cargo.toml', name: 'core', version: '2.1.0', declaredLicense: 'EUPL-1.2', descriptions: {}, details: { edition: '2021' } },
    ]);
  });

  it('reads a crate that is its own workspace root', () => {
    expect(onlyComponent(cargoTomlExtractor, 'Cargo.toml', '[package]\nname = "a"\nversion.workspace = true\n[workspace.package]\nversion = "1.0.0"\n').version).toBe('1.0.0');
  });

  it.each([
    ['a root that is not TOML', textFile('Cargo.toml', '[workspace\n')],
    ['a symlinked root', { path: 'Cargo.toml', kind: 'symlink' } as CatalogueFile],
    ['a root without [workspace]', textFile('Cargo.toml', '[package]\nname = "other"\npublish = false\n')],
  ])('leaves inherited fields unknown when the workspace root is %s', (_case, root) => {
    const result = extractWith(cargoTomlExtractor, root, textFile('crates/a/Cargo.toml', '[package]\nname = "a"\nversion.workspace = true\n'));
    expect(result.components).toEqual([expect.objectContaining({ name: 'a', version: null })]);
  });

  it.each([
    ['a virtual workspace manifest', '[workspace]\nmembers = ["a"]\n'],
    ['an unpublished crate', '[package]\nname = "portal"\npublish = false\n'],
    ['a crate for no registry', '[package]\nname = "portal"\npublish = []\n'],
    ['a [package] of the wrong type', 'package = "x"\n'],
  ])('lists no library for %s', (_case, content) => {
    expect(extractWith(cargoTomlExtractor, textFile('Cargo.toml', content))).toEqual({ components: [], findings: [], truncated: false });
  });

  it('leaves out every value of the wrong type', () => {
    const content = '[package]\nname = "a"\nversion = 1\nlicense = ["MIT"]\ndescription = { workspace = "yes" }\nkeywords = "x"\ndependencies = 5\n';
    expect(onlyComponent(cargoTomlExtractor, 'Cargo.toml', content)).toMatchObject({ version: null, declaredLicense: null, descriptions: {}, details: { keywords: ['x'] } });
  });

  it.each([
    ['a list for a name', '[package]\nname = [1]\n', 2, /"name" is not a crate name/],
    ['no name', '[package]\nversion = "1.0.0"\n', null, /"name" is not a crate name/],
    ['broken TOML', '[package]\nname = "a\n', 2, /^not valid TOML: /],
    ['100,000 levels of inline tables', `[package]\nname = "a"\nx = ${'{a='.repeat(100_000)}1${'}'.repeat(100_000)}\n`, 3, /excessively nested/],
  ])('refuses %s with a finding', (_case, content, line, message) => {
    expect(onlyFinding(cargoTomlExtractor, 'Cargo.toml', content)).toEqual({ rule: 'invalid-manifest', severity: 'WARNING', path: 'Cargo.toml', line, message: expect.stringMatching(message) });
  });

  itRefusesUnreadableFiles(cargoTomlExtractor, 'Cargo.toml', (bytes) => `[package]\nname = "a"\ndescription = "${'a'.repeat(bytes)}"\n`);
});
