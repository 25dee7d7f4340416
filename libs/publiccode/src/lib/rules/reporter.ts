import type { PubliccodeResult } from '../publiccode.types';
import type { YamlPositions } from '../yaml/yaml-positions';

/** Collects results, placing each by its key the way the reference parser does. */
export class Reporter {
  readonly results: PubliccodeResult[] = [];

  constructor(private readonly positions: YamlPositions) {}

  error(key: string, description: string): void {
    this.add('error', key, description);
  }

  warning(key: string, description: string): void {
    this.add('warning', key, description);
  }

  /** A result whose place is known already (a type error sits on the offending value's line). */
  errorAt(key: string, line: number, column: number, description: string): void {
    this.results.push({ type: 'error', key, line, column, description });
  }

  private add(type: PubliccodeResult['type'], key: string, description: string): void {
    const { line, column } = this.positions.keyPosition(key);
    this.results.push({ type, key, line, column, description });
  }
}

export const messages = {
  required: (field: string) => `${field} is a required field`,
  requiredWhen: (field: string, other: string, value: string) => `${field} is a required field when "${other}" is "${value}"`,
  excludedUnless: (field: string, other: string, value: string) => `${field} must not be present unless "${other}" is "${value}"`,
  notEmpty: (field: string) => `${field} must contain more than 0 items`,
  oneOf: (field: string, values: readonly string[]) => `${field} must be one of the following: ${quotedList(values)}`,
  url: (field: string) => `${field} must be a valid URL`,
  httpUrl: (field: string) => `${field} must be an HTTP URL`,
  date: (field: string) => `${field} must be a date with format 'YYYY-MM-DD'`,
  email: (field: string) => `${field} must be a valid email address`,
  maxLength: (field: string, max: number) => `${field} must be a maximum of ${max} characters in length`,
  minLength: (field: string, min: number) => `${field} must be at least ${min} characters in length`,
  language: (field: string) => `${field} must be a valid BCP 47 language`,
  country: (field: string) => `${field} must be a valid ISO 3166-1 alpha-2 two-letter country code`,
  mimeType: (field: string) => `${field} is not a valid MIME type`,
  license: (field: string) => `${field} must be a valid license (see https://spdx.org/licenses)`,
  category: (field: string) => `${field} must be a valid category (see https://github.com/publiccodeyml/publiccode.yml/blob/main/docs/standard/categories-list.rst)`,
  scope: (field: string) => `${field} must be a valid scope (see https://github.com/publiccodeyml/publiccode.yml/blob/main/docs/standard/scope-list.rst)`,
  uri: (field: string) => `${field} is not a valid URI`,
  italianPaUri: (field: string) =>
    `${field} must be a valid Italian Public Administration Code (iPA) with format 'urn:x-italian-pa:[codiceIPA]' (see https://github.com/publiccodeyml/italian-organizations-ipa-vocabulary)`,
  italianPaCode: (field: string) =>
    `${field} must be a valid Italian Public Administration Code (iPA) (see https://github.com/publiccodeyml/italian-organizations-ipa-vocabulary)`,
  deprecatedDrop: 'This key is DEPRECATED and will be removed in the future. It\'s safe to drop it',
  deprecatedUse: (replacement: string) => `This key is DEPRECATED and will be removed in the future. Use '${replacement}' instead`,
};

/** `"a", "b" or "c"`, as go-playground's `oneof` message reads after the reference's rewording. */
function quotedList(values: readonly string[]): string {
  const quoted = values.map((value) => `"${value}"`);
  return quoted.length > 1 ? `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}` : quoted.join('');
}
