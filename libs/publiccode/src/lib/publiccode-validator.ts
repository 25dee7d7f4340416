import { analysePubliccode, toValidation } from './publiccode-analysis';
import type { PubliccodeValidation, PubliccodeValidationOptions } from './publiccode.types';

/**
 * Validates a publiccode.yml (standard 0.x) without touching the network: structure, types,
 * vocabularies, lengths, conditional rules, deprecated keys, and the files it names when
 * `options.files` gives access to them. Never throws on bad input; hostile input (too large,
 * too deep, alias bombs) is refused with a single error.
 */
export function validatePubliccode(input: string | Uint8Array, options: PubliccodeValidationOptions = {}): PubliccodeValidation {
  return toValidation(analysePubliccode(input, options));
}
