import type { ConductFacts, ConductTree } from '../conduct.types';
import type { ConductRules } from '../rules/conduct-rule-definitions';
import type { ConductCheckers } from './conduct-dependencies';
import type { ConductFindings } from './conduct-findings';
import { unreadable } from './required-files.check';

/** The standard's one name and place; catalogues read nothing else. */
const PUBLICCODE_PATH = 'publiccode.yml';

/**
 * publiccode.yml at the top of the tree, judged by the injected validator: each of its errors a
 * finding of the rule's severity, each warning one of the `warnings` severity, with the
 * validator's key and line so a publisher can go straight to the place.
 */
export function checkPubliccode(
  tree: ConductTree,
  rules: ConductRules,
  checkers: ConductCheckers,
  findings: ConductFindings,
): ConductFacts['publiccode'] {
  const rule = rules.publiccode;
  if (rule.severity === 'OFF') return 'not-checked';
  const file = tree.files.find((candidate) => candidate.path === PUBLICCODE_PATH);
  if (!file) {
    const misnamed = tree.files.find((candidate) => /^publiccode\.ya?ml$/i.test(candidate.path));
    if (misnamed) {
      findings.add('publiccode', misnamed.path, null, `${misnamed.path} must be named ${PUBLICCODE_PATH} (lower case, .yml): catalogues read no other name`);
      return 'invalid';
    }
    if (rule.options.required) {
      findings.add('publiccode', null, null, `no ${PUBLICCODE_PATH} at the top of the repository: add one so the catalogue can list the software (https://yml.publiccode.tools)`);
    }
    return 'missing';
  }
  if (file.content === undefined) {
    findings.add('publiccode', file.path, null, `${file.path} cannot be validated: ${unreadable(file)}`);
    return 'invalid';
  }

  const validation = checkers.validatePubliccode(file.content);
  for (const result of validation.results) {
    const message = result.key ? `${result.key}: ${result.description}` : result.description;
    findings.add('publiccode', file.path, result.line ?? null, message, result.type === 'error' ? rule.severity : rule.options.warnings);
  }
  const errors = validation.results.filter((result) => result.type === 'error').length;
  if (!validation.valid && errors === 0) findings.add('publiccode', file.path, null, `${file.path} is not valid`);
  return validation.valid && errors === 0 ? 'valid' : 'invalid';
}
