import { checkOnline } from './network/online-checks';
import type { UrlChecker } from './network/url-checker';
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

/**
 * validatePubliccode plus what needs the network, through `checker` (see createFetchUrlChecker):
 * URLs that must answer, `url` being a git repository, remote logos and screenshots, oEmbed videos.
 */
export async function validatePubliccodeOnline(
  input: string | Uint8Array,
  checker: UrlChecker,
  options: PubliccodeValidationOptions = {},
): Promise<PubliccodeValidation> {
  const analysis = analysePubliccode(input, options);
  if (!analysis.done) await checkOnline(analysis.document, analysis.report, checker);
  return toValidation(analysis);
}
