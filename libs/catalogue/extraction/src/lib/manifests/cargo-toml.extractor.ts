import { ComponentExtractor, ManifestError } from '../component-extractor';
import { describingFileNamed } from '../support/describing-paths';
import { lineMatching } from '../support/source-lines';
import { field, isRecord, keysOf, text, textList } from '../support/untrusted-values';
import { workspacePackage } from './cargo-workspace.reader';
import { noLibrary, oneLibrary } from './library-component.factory';
import { readToml } from './manifest-formats';

/** Cargo's rule for crate names. */
const CRATE_NAME = /^[A-Za-z][A-Za-z0-9_-]*$/;

/**
 * A Rust crate from `[package]`. A virtual workspace manifest (no `[package]`) holds crates
 * rather than being one, and `publish = false` (or an empty list of registries) is Cargo's
 * switch for crates that are never published: neither is a library. Fields inherited with
 * `field.workspace = true` are read from the workspace root.
 */
export const cargoTomlExtractor: ComponentExtractor = {
  name: 'cargo-toml',
  matches: describingFileNamed('Cargo.toml'),
  extract(file, tree) {
    const data = readToml(file.content);
    const crate = field(data, 'package');
    if (!isRecord(crate)) return noLibrary();
    const publish = field(crate, 'publish');
    if (publish === false || (Array.isArray(publish) && publish.length === 0)) return noLibrary();
    const name = text(field(crate, 'name'));
    if (!name || !CRATE_NAME.test(name)) throw new ManifestError('"name" is not a crate name Cargo accepts', lineMatching(file.content, /^\s*name\s*=/));
    const inherited = (key: string): unknown => {
      const value = field(crate, key);
      return field(value, 'workspace') === true ? field(workspacePackage(file.path, data, tree), key) : value;
    };
    return oneLibrary(file.path, {
      name,
      version: text(inherited('version')),
      ecosystem: 'cargo',
      license: text(inherited('license')),
      description: text(inherited('description')),
      dependencies: keysOf(field(data, 'dependencies')),
      details: {
        edition: text(inherited('edition')),
        rustVersion: text(inherited('rust-version')),
        repository: text(inherited('repository')),
        homepage: text(inherited('homepage')),
        keywords: textList(inherited('keywords')),
      },
    });
  },
};
