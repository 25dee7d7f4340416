import { field, isRecord, text } from '../support/untrusted-values';

export type DependencyGroup = 'open' | 'proprietary' | 'hardware';

/**
 * `dependsOn.<group>` as the names a reader understands: `PostgreSQL >=9.6 <=13`,
 * `Oracle 19c`, `Smart card reader (optional)`. Entries without a name are left out.
 */
export function dependenciesOf(dependsOn: unknown, group: DependencyGroup): string[] {
  const entries = field(dependsOn, group);
  if (!Array.isArray(entries)) return [];
  return entries.flatMap((entry) => {
    const name = isRecord(entry) ? text(field(entry, 'name')) : null;
    if (!name) return [];
    const exact = text(field(entry, 'version'));
    const range = [text(field(entry, 'versionMin')), text(field(entry, 'versionMax'))];
    const versions = exact ? [exact] : [range[0] && `>=${range[0]}`, range[1] && `<=${range[1]}`].filter((part): part is string => Boolean(part));
    const optional = field(entry, 'optional') === true ? ' (optional)' : '';
    return [`${[name, ...versions].join(' ')}${optional}`];
  });
}
