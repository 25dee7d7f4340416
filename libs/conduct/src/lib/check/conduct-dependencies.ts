import type { LicensePolicy } from '@allmende/licensing';
import type { SecretFinding, SecretScanFile, SecretScanOptions } from '../secrets/secret-scan.types';

/** One message of the publiccode.yml validator; `key` is a JSON path such as `maintenance.contacts[0].name`. */
export interface PubliccodeValidationMessage {
  type: 'error' | 'warning';
  key: string;
  line?: number | null;
  column?: number | null;
  description: string;
}

export interface PubliccodeValidation {
  valid: boolean;
  version?: string | null;
  results: PubliccodeValidationMessage[];
  document: unknown;
}

/** The two checks that live in libraries of their own (publiccode.yml, secrets). */
export interface ConductCheckers {
  validatePubliccode(text: string): PubliccodeValidation;
  scanSecrets(files: readonly SecretScanFile[], options?: SecretScanOptions): SecretFinding[];
}

/**
 * Everything the check needs besides the tree and the rules. Injected rather than imported so
 * the check stays testable with fakes and the license policy is the one the platform runs with.
 */
export interface ConductDependencies extends ConductCheckers {
  licensePolicy: LicensePolicy;
}

/** The dependencies the command line and the worker run the check with. */
export function conductDependencies(licensePolicy: LicensePolicy, checkers: ConductCheckers): ConductDependencies {
  return { licensePolicy, validatePubliccode: checkers.validatePubliccode, scanSecrets: checkers.scanSecrets };
}
