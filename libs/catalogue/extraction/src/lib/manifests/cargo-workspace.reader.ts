import type { CatalogueFile } from '../catalogue.types';
import { ManifestError, readableContent, type TreeLookup } from '../component-extractor';
import { field, isRecord } from '../support/untrusted-values';
import { readToml } from './manifest-formats';

/**
 * Parsed workspace roots by file: every crate of a workspace asks for the same root, and a
 * hostile 1 MiB root must not be parsed once per crate. Keyed by the tree's own file objects,
 * so an entry lives exactly as long as the tree.
 */
const parsedRoots = new WeakMap<CatalogueFile, unknown>();

/**
 * `[workspace.package]` of the workspace a crate belongs to, for fields written as
 * `version.workspace = true`: the crate's own manifest when it is the root, else the nearest
 * Cargo.toml above it with a `[workspace]` table. Null when there is none that can be read.
 */
export function workspacePackage(path: string, manifest: unknown, tree: TreeLookup): unknown {
  if (isRecord(field(manifest, 'workspace'))) return field(field(manifest, 'workspace'), 'package');
  const folders = path.split('/').slice(0, -1);
  while (folders.length > 0) {
    folders.pop();
    const root = parsedRoot(tree.get([...folders, 'Cargo.toml'].join('/')));
    if (isRecord(field(root, 'workspace'))) return field(field(root, 'workspace'), 'package');
  }
  return null;
}

function parsedRoot(file: CatalogueFile | undefined): unknown {
  if (file === undefined) return null;
  if (!parsedRoots.has(file)) parsedRoots.set(file, parseOrNull(readableContent(file)));
  return parsedRoots.get(file);
}

/** A root that cannot be read leaves the crate's inherited fields unknown; its own extraction reports it. */
function parseOrNull(content: string | null): unknown {
  if (content === null) return null;
  try {
    return readToml(content);
  } catch (error) {
    if (error instanceof ManifestError) return null;
    throw error;
  }
}
