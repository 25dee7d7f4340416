import type { ConductTree } from '../conduct.types';
import type { ConductRules } from '../rules/conduct-rule-definitions';
import { matchesAny } from '../rules/path-pattern';
import type { ConductFindings } from './conduct-findings';
import { unreadable } from './required-files.check';
import { findPersonalDataInSql } from './sql-personal-data';

/**
 * Database dumps with personal data in the files the rule's patterns select. A selected file
 * the check cannot read is reported too: a dump too large to read is the likeliest kind.
 */
export function checkPersonalData(tree: ConductTree, rules: ConductRules, findings: ConductFindings): void {
  const rule = rules['personal-data'];
  if (rule.severity === 'OFF') return;
  for (const file of tree.files) {
    if (file.kind === 'symlink' || !matchesAny(rule.options.patterns, file.path) || matchesAny(rule.options.allowPaths, file.path)) continue;
    if (file.content === undefined) {
      findings.add('personal-data', file.path, null, `${file.path} cannot be checked for personal data (${unreadable(file)}): a reviewer must look at it`);
      continue;
    }
    const found = findPersonalDataInSql(file.content);
    if (!found) continue;
    const table = found.table ? ` of table ${found.table}${found.column ? ` (column ${found.column})` : ''}` : '';
    const count = `${found.addresses} e-mail ${found.addresses === 1 ? 'address' : 'addresses'}`;
    findings.add(
      'personal-data',
      file.path,
      found.line,
      `${file.path} looks like a database dump with personal data: the rows${table} hold ${count}; remove it or replace the data with anonymised test data (addresses at example.org)`,
    );
  }
}
