/**
 * Folders that hold other projects' files: installed npm packages, vendored Go and PHP
 * dependencies, git's own data. A manifest there describes someone else's component.
 */
const VENDORED_FOLDERS: ReadonlySet<string> = new Set(['node_modules', 'vendor', '.git']);

export function fileNameOf(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** The folder's own name (`deploy` for `deploy/compose.yml`), or '' at the root. */
export function folderNameOf(path: string): string {
  const folders = path.split('/').slice(0, -1);
  return folders[folders.length - 1] ?? '';
}

function isVendoredPath(path: string): boolean {
  return path.split('/').slice(0, -1).some((folder) => VENDORED_FOLDERS.has(folder));
}

/** A matcher for files of these exact names, anywhere outside vendored folders. */
export function describingFileNamed(...names: string[]): (path: string) => boolean {
  const accepted = new Set(names);
  return (path) => accepted.has(fileNameOf(path)) && !isVendoredPath(path);
}
