import { readCargoToml } from './cargo-toml.manifest';
import { readComposerJson } from './composer-json.manifest';
import { readGemspec } from './gemspec.manifest';
import { readHelmChart } from './helm-chart.manifest';
import type { ManifestLicenses } from './manifest.types';
import type { ManifestFile } from './manifest-support';
import { readCsproj, readNuspec } from './nuget.manifest';
import { readPackageJson } from './package-json.manifest';
import { readPomXml } from './pom-xml.manifest';
import { readPubliccode } from './publiccode.manifest';
import { readPyprojectToml } from './pyproject-toml.manifest';
import { readSetupCfg } from './setup-cfg.manifest';

type Reader = (file: ManifestFile) => ManifestLicenses;

const BY_NAME: ReadonlyMap<string, Reader> = new Map([
  ['package.json', readPackageJson],
  ['composer.json', readComposerJson],
  ['pom.xml', readPomXml],
  ['Cargo.toml', readCargoToml],
  ['pyproject.toml', readPyprojectToml],
  ['setup.cfg', readSetupCfg],
  ['Chart.yaml', readHelmChart],
  ['publiccode.yml', readPubliccode],
  ['publiccode.yaml', readPubliccode],
]);

const BY_EXTENSION: ReadonlyMap<string, Reader> = new Map([
  ['.gemspec', readGemspec],
  ['.csproj', readCsproj],
  ['.nuspec', readNuspec],
]);

/** The manifest names this library reads, for callers that pick files before reading them. */
export function isKnownManifest(path: string): boolean {
  return readerFor(path) !== null;
}

/**
 * The licenses a package manifest or publiccode.yml declares; null when `path` is not a
 * manifest this library knows. Never throws: a file that does not parse comes back with
 * `error` set and nothing declared.
 */
export function readManifestLicenses(path: string, text: string): ManifestLicenses | null {
  const found = readerFor(path);
  if (found === null) return null;
  const file: ManifestFile = { path, text: typeof text === 'string' ? text : '', manifest: found.manifest };
  try {
    return found.reader(file);
  } catch (error) {
    return { manifest: found.manifest, declarations: [], licenseFiles: [], unlicensed: false, error: `${found.manifest} could not be read: ${error instanceof Error ? error.message : String(error)}` };
  }
}

function readerFor(path: string): { reader: Reader; manifest: string } | null {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const byName = BY_NAME.get(name);
  if (byName) return { reader: byName, manifest: name };
  const extension = name.includes('.') ? name.slice(name.lastIndexOf('.')) : '';
  const byExtension = BY_EXTENSION.get(extension);
  return byExtension && name.length > extension.length ? { reader: byExtension, manifest: `*${extension}` } : null;
}
