/** A rules file an operator wrote wrongly: start-up and the command line stop with this message. */
export class ConductRulesError extends Error {
  readonly code = 'CONDUCT_RULES_INVALID';

  constructor(message: string) {
    super(message);
    this.name = 'ConductRulesError';
  }
}
