import { closeSync, openSync, readSync, realpathSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import type { PubliccodeFiles } from '../publiccode.types';

/** Enough for any image header and for the existence checks; the rest of a large file is not read. */
const MAX_READ_BYTES = 1024 * 1024;

/**
 * The files beside a publiccode.yml on disk (the command line's view). A path that resolves
 * outside `root`, also through a symlink, reads as missing.
 */
export function directoryFiles(root: string): PubliccodeFiles {
  const realRoot = safeRealpath(root);
  return {
    read(path) {
      if (realRoot === null || isAbsolute(path)) return null;
      const real = safeRealpath(join(realRoot, path));
      if (real === null) return null;
      const inside = relative(realRoot, real);
      if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return null;
      return readHead(real);
    },
  };
}

function safeRealpath(path: string): string | null {
  try {
    return realpathSync(path);
  } catch {
    return null;
  }
}

function readHead(path: string): Uint8Array | null {
  let descriptor: number | undefined;
  try {
    descriptor = openSync(path, 'r');
    const buffer = Buffer.alloc(MAX_READ_BYTES);
    const length = readSync(descriptor, buffer, 0, MAX_READ_BYTES, 0);
    return buffer.subarray(0, length);
  } catch {
    return null;
  } finally {
    if (descriptor !== undefined) closeSync(descriptor);
  }
}
