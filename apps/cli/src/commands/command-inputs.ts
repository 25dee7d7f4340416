import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { readLicensePolicyFile } from '@allmende/checks';
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
