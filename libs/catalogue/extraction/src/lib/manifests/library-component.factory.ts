import type { ExtractedComponent, PackageEcosystem } from '../catalogue.types';
import type { ExtractorResult } from '../component-extractor';
import { newComponent } from '../support/component.factory';
import { presentDetails, unique } from '../support/untrusted-values';

export interface LibraryFacts {
  name: string;
  version: string | null;
  ecosystem: PackageEcosystem;
  license: string | null;
  description: string | null;
  /** Names of the packages it needs at run time, as the manifest lists them. */
  dependencies: string[];
  details?: Record<string, unknown>;
}

/** A package manifest describes a library. Its description has no language tag: `und`. */
function libraryComponent(path: string, facts: LibraryFacts): ExtractedComponent {
  return newComponent('LIBRARY', path, facts.name, {
    version: facts.version,
    ecosystem: facts.ecosystem,
    declaredLicense: facts.license,
    descriptions: facts.description ? { und: { shortDescription: facts.description, longDescription: null, features: [] } } : {},
    details: presentDetails({ ...facts.details, dependencies: unique(facts.dependencies) }),
  });
}

export function oneLibrary(path: string, facts: LibraryFacts): ExtractorResult {
  return { components: [libraryComponent(path, facts)], findings: [] };
}

/** A manifest that describes no published library: an application, a workspace root, a private package. */
export function noLibrary(): ExtractorResult {
  return { components: [], findings: [] };
}

/** Several licenses in one list are alternatives in npm's, Composer's and Maven's own reading. */
export function eitherLicense(licenses: readonly string[]): string | null {
  if (licenses.length === 0) return null;
  if (licenses.length === 1) return licenses[0];
  return licenses.map((license) => (/\s/.test(license) ? `(${license})` : license)).join(' OR ');
}
