import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { readLicensePolicyFile } from '@allmende/checks';
import { DirectoryTreeReader, FileSelector, FileTree, FileTreeLimits } from '@allmende/git';
import { LicensePolicy, LicensePolicyError } from '@allmende/licensing';
import { UsageError } from './cli-command';

/** Inputs the check commands share; every problem with them is a usage error (exit 2). */

/** The one DIR argument, resolved, of a command that checks a directory. */
export function directoryArgument(positionals: readonly string[]): string {
  if (positionals.length === 0) throw new UsageError('DIR is required');
  if (positionals.length > 1) throw new UsageError(`unexpected argument ${positionals[1]}`);
  const root = resolve(positionals[0]);
  if (!isDirectory(root)) throw new UsageError(`${positionals[0]} is not a directory`);
  return root;
}

/** The directory as the worker would read the commit; a directory that cannot be read is a usage error. */
export async function readDirectoryTree(root: string, limits: FileTreeLimits, select?: FileSelector): Promise<FileTree> {
  try {
    return await new DirectoryTreeReader().read(root, limits, select);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code) throw new UsageError(`cannot read ${root}: ${(error as Error).message}`);
    throw error;
  }
}

export function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

export function licensePolicyFrom(file: string): LicensePolicy {
  try {
    return readLicensePolicyFile(file);
  } catch (error) {
    if (error instanceof LicensePolicyError) throw new UsageError(`invalid license policy: ${error.message}`);
    throw error;
  }
}
