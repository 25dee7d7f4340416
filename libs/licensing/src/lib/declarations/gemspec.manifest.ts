import { checkLicenseExpression } from './spdx-expression';
import type { ManifestLicenses } from './manifest.types';
import { alternatives, emptyResult, type ManifestFile } from './manifest-support';

/** `spec.license = 'MIT'` / `s.licenses = ['MIT', 'Ruby']` / `%w[MIT Ruby]`, never commented out. */
const ASSIGNMENT = /^[ \t]*[A-Za-z_]\w*\.licen[cs]es?[ \t]*=[ \t]*/gm;
const STRING = /"((?:[^"\\\n]|\\.){0,500})"|'((?:[^'\\\n]|\\.){0,500})'/g;
const WORDS = /^%[wW]([[({<])([^\])}>]{0,2000})[\])}>]/;
/** How far after `=` a multi-line array may reach. */
const MAX_VALUE_LENGTH = 2000;

/**
 * Ruby is code, so the gemspec is only searched with regular expressions for literal values,
 * never evaluated; a license computed at run time is not found. RubyGems does not define what
 * several `licenses` mean; in practice (Ruby's own `Ruby OR BSD-2-Clause`) they are a choice,
 * so they become OR.
 */
export function readGemspec(file: ManifestFile): ManifestLicenses {
  const result = emptyResult(file);
  for (const match of file.text.matchAll(ASSIGNMENT)) {
    const start = match.index + match[0].length;
    const values = literalValues(file.text.slice(start, start + MAX_VALUE_LENGTH));
    const line = file.text.slice(0, match.index).split('\n').length;
    const declaration = alternatives(file, values.map((raw) => ({ raw, check: checkLicenseExpression(raw) })), line);
    if (declaration) result.declarations.push(declaration);
  }
  return result;
}

function literalValues(value: string): string[] {
  const words = WORDS.exec(value);
  if (words) return words[2].split(/\s+/).filter((word) => word !== '');
  const array = value.startsWith('[') ? value.slice(0, value.indexOf(']') + 1 || undefined) : (value.split('\n')[0] ?? '');
  return [...array.matchAll(STRING)].map((literal) => (literal[1] ?? literal[2]).trim()).filter((text) => text !== '');
}
