import type { ConductFacts, ConductTree } from '../conduct.types';
import type { ConductRules } from '../rules/conduct-rule-definitions';
import type { SecretScanOptions } from '../secrets/secret-scan.types';
import type { ConductCheckers } from './conduct-dependencies';
import type { ConductFindings } from './conduct-findings';

/**
 * Every text file goes to the injected secret scanner with the rule's allow-lists; each of its
 * findings is one of the rule's. The fingerprint is named so a false alarm can be allowed
 * precisely; the scanner's message never holds the secret, and nothing here adds it.
 */
export function checkSecrets(tree: ConductTree, rules: ConductRules, checkers: ConductCheckers, findings: ConductFindings): ConductFacts['secrets'] {
  const rule = rules.secrets;
  if (rule.severity === 'OFF') return 'not-checked';
  const files = tree.files.flatMap((file) => (file.kind === 'text' && file.content !== undefined ? [{ path: file.path, content: file.content }] : []));
  const { allowPaths, allowFingerprints, entropyThreshold, minSecretLength } = rule.options;
  const options: SecretScanOptions = { allowPaths, allowFingerprints };
  if (entropyThreshold !== null) options.entropyThreshold = entropyThreshold;
  if (minSecretLength !== null) options.minSecretLength = minSecretLength;

  const found = checkers.scanSecrets(files, options);
  for (const secret of found) {
    findings.add('secrets', secret.path, secret.line, `${secret.message} [${secret.rule}, column ${secret.column}, fingerprint ${secret.fingerprint}]`);
  }
  return found.length > 0 ? 'found' : 'clean';
}
