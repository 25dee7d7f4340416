import { statSync } from 'node:fs';
import { readLicensePolicyFile } from '@allmende/checks';
import { LicensePolicy, LicensePolicyError } from '@allmende/licensing';
import { UsageError } from './cli-command';

/** Inputs the check commands share; every problem with them is a usage error (exit 2). */
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
