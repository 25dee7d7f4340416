import { Injectable } from '@nestjs/common';
import { constants } from 'node:fs';
import { open, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { EVERY_FILE, FileSelector, FileTree, FileTreeCollector, FileTreeLimits } from './file-tree';

/**
 * A directory on disk read like a commit (same limits, same order, same kinds), so the
 * command line shows what the worker would find after a push. `.git` folders are skipped;
 * symlinks are listed, never followed; sockets, devices and pipes are ignored.
 */
@Injectable()
export class DirectoryTreeReader {
  async read(root: string, limits: FileTreeLimits, select: FileSelector = EVERY_FILE): Promise<FileTree> {
    const collector = new FileTreeCollector(limits);
    const directories = [''];
    for (let next = 0; next < directories.length; next++) {
      const prefix = directories[next];
      const entries = (await readdir(join(root, prefix), { withFileTypes: true })).sort((a, b) => compareGitOrder(a.name, a.isDirectory(), b.name, b.isDirectory()));
      for (const entry of entries) {
        const path = prefix ? `${prefix}/${entry.name}` : entry.name;
        if (entry.isDirectory()) {
          if (entry.name !== '.git') directories.push(path);
        } else if ((!entry.isFile() && !entry.isSymbolicLink()) || !select(path)) continue;
        else if (collector.isFull()) return collector.result();
        else if (entry.isSymbolicLink()) collector.addSymlink(path);
        else {
          const file = await readRegularFile(join(root, path), limits.maxFileBytes);
          if (!(file.data ? collector.addContent(path, file.data) : collector.addTooLarge(path, file.size))) return collector.result();
        }
      }
    }
    return collector.result();
  }
}

/**
 * The size, and the content unless the file is over the limit (then it is not read at all).
 * O_NOFOLLOW: a file swapped for a symlink after the listing is refused, not followed.
 */
async function readRegularFile(path: string, maxBytes: number): Promise<{ size: number; data: Buffer | null }> {
  const handle = await open(path, constants.O_RDONLY | constants.O_NOFOLLOW);
  try {
    const { size } = await handle.stat();
    return { size, data: size > maxBytes ? null : await handle.readFile() };
  } finally {
    await handle.close();
  }
}

/** Git sorts tree entries by name with a directory compared as if its name ended in "/". */
function compareGitOrder(a: string, aIsDirectory: boolean, b: string, bIsDirectory: boolean): number {
  const left = Buffer.from(aIsDirectory ? `${a}/` : a);
  const right = Buffer.from(bIsDirectory ? `${b}/` : b);
  return Buffer.compare(left, right);
}
