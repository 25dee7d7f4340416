import type { ConductResult, ConductTree } from '../conduct.types';
import type { ConductRules } from '../rules/conduct-rule-definitions';
import { checkBuildArtefacts, checkOversizedFiles } from './artefacts.check';
import type { ConductDependencies } from './conduct-dependencies';
import { ConductFindings, conductStatus } from './conduct-findings';
import { checkLicense } from './license.check';
import { checkPersonalData } from './personal-data.check';
import { checkPubliccode } from './publiccode.check';
import { checkReadmeLanguage } from './readme-language.check';
import { checkRequiredFiles, checkSecurityContact } from './required-files.check';
import { checkSecrets } from './secrets.check';

/**
 * The code-of-conduct check of one tree: every rule that is not OFF, its findings capped per
 * rule, the status they add up to and the facts badges are computed from. Pure and
 * synchronous: the worker and the command line call the same code. Hostile content (invalid
 * UTF-8 already replaced by the reader, huge files, endless lines) costs bounded work; a tree
 * the reader cut short is checked as far as it goes and says so.
 */
export function checkConduct(tree: ConductTree, rules: ConductRules, dependencies: ConductDependencies): ConductResult {
  const findings = new ConductFindings(rules);
  const license = checkLicense(tree, rules, dependencies.licensePolicy, findings);
  checkRequiredFiles(tree, rules, findings);
  const securityPolicy = checkSecurityContact(tree, rules, findings);
  const publiccode = checkPubliccode(tree, rules, dependencies, findings);
  const secrets = checkSecrets(tree, rules, dependencies, findings);
  checkBuildArtefacts(tree, rules, findings);
  checkOversizedFiles(tree, rules, findings);
  checkPersonalData(tree, rules, findings);
  checkReadmeLanguage(tree, rules, findings);
  if (tree.truncated) {
    findings.add('scan-truncated', null, null, 'the repository is larger than the check reads (file and byte limits): files beyond the limits were not checked');
  }
  const listed = findings.list();
  return { status: conductStatus(listed), findings: listed, facts: { license, securityPolicy, secrets, publiccode } };
}
