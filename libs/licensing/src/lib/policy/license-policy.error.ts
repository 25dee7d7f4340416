/** A policy file an operator wrote wrongly: start-up and the command line stop with this message. */
export class LicensePolicyError extends Error {
  readonly code = 'LICENSE_POLICY_INVALID';

  constructor(message: string) {
    super(message);
    this.name = 'LicensePolicyError';
  }
}
