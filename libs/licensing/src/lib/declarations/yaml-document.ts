import { parse } from 'yaml';

/** Parses untrusted YAML: aliases are capped (no "billion laughs") and deep nesting fails as an error, not a crash. */
export function parseYaml(text: string): { document: unknown } | { error: unknown } {
  try {
    return { document: parse(text, { maxAliasCount: 100, uniqueKeys: false }) };
  } catch (error) {
    return { error };
  }
}
