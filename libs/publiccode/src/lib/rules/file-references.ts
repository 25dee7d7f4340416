import { posix } from 'node:path';
import { readPngSize } from '../checks/image-format';
import { isAbsoluteUrl } from '../checks/url-syntax';
import type { PubliccodeFiles } from '../publiccode.types';

/** The reference allows only 120 px for now, although the standard asks for 1000. */
export const MIN_LOGO_WIDTH = 120;
export const LOGO_EXTENSIONS = ['.svg', '.svgz', '.png'];
export const SCREENSHOT_EXTENSIONS = ['.jpg', '.png'];

/** A value of `logo`, `screenshots` or `authorsFile`: a URL (checked online only) or a path beside the file. */
export type FileReference = { kind: 'url'; url: string } | { kind: 'path'; path: string } | { kind: 'refused'; problem: string };

export function classifyReference(value: string): FileReference {
  if (value.startsWith('/')) return { kind: 'refused', problem: 'is an absolute path. Only relative paths or HTTP(s) URLs allowed' };
  if (value.startsWith('file:')) return { kind: 'refused', problem: 'is a file:// URL. Only relative paths or HTTP(s) URLs allowed' };
  if (isAbsoluteUrl(value)) return { kind: 'url', url: value };
  return { kind: 'path', path: posix.normalize(value) };
}

/** `a/../b.png` is `b.png`; `../x` leaves the repository and so is never read. */
function readInside(files: PubliccodeFiles, path: string): Uint8Array | null {
  if (path === '..' || path.startsWith('../') || path.includes('\0')) return null;
  return files.read(path);
}

function extensionOf(path: string): string {
  return posix.extname(path).toLowerCase();
}

/**
 * Why a logo is not usable, or null. Without `files` only the extension can be checked; with them
 * the file must exist and, for PNG, be a PNG at least MIN_LOGO_WIDTH wide.
 */
export function logoProblem(path: string, files: PubliccodeFiles | undefined): string | null {
  if (!LOGO_EXTENSIONS.includes(extensionOf(path))) return `invalid file extension for: ${path}`;
  if (!files) return null;
  const bytes = readInside(files, path);
  if (bytes === null) return `no such file: ${path}`;
  return extensionOf(path) === '.png' ? pngLogoProblem(bytes, path) : null;
}

export function pngLogoProblem(bytes: Uint8Array, shownAs: string): string | null {
  const image = readPngSize(bytes);
  if (!image.ok) return image.error;
  return image.width < MIN_LOGO_WIDTH ? `invalid image size of ${image.width} (min ${MIN_LOGO_WIDTH}px of width): ${shownAs}` : null;
}

export function screenshotProblem(path: string, files: PubliccodeFiles | undefined): string | null {
  if (!SCREENSHOT_EXTENSIONS.includes(extensionOf(path))) return `invalid file extension for: ${path}`;
  if (files && readInside(files, path) === null) return `no such file: ${path}`;
  return null;
}

export function missingFileProblem(path: string, files: PubliccodeFiles | undefined): string | null {
  return files && readInside(files, path) === null ? `no such file: ${path}` : null;
}
