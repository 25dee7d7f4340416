import { readFileSync } from 'node:fs';
import { LicensePolicy, LicensePolicyError, parseLicensePolicy } from '@allmende/licensing';

/** The policy the platform judges by; read once at start-up and provided under this token. */
export const LICENSE_POLICY = Symbol('LICENSE_POLICY');

/**
 * Reads and validates a policy file. Every problem, including a missing or unreadable file,
 * is a LicensePolicyError whose message is one line naming the file and what is wrong.
 */
export function readLicensePolicyFile(path: string): LicensePolicy {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    throw new LicensePolicyError(`${path}: cannot be read (${reason})`);
  }
  return parseLicensePolicy(text, path);
}
