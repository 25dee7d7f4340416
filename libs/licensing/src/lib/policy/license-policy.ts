import { parse as parseYaml } from 'yaml';
import { FindingSeverity, LicenseStatus } from '../license-scan.types';
import { canonicalLicenseId } from '../declarations/spdx-license-data';
import { isOsiApproved } from '../spdx/spdx-license-texts';
import { LicensePolicyError } from './license-policy.error';

export const LICENSE_RULES = [
  'no-license',
  'multiple-licenses',
  'denied-license',
  'declared-license-mismatch',
  'declared-license-conflict',
  'invalid-license-expression',
  'deprecated-license-id',
  'low-confidence-match',
  'incompatible-component',
  'reuse-missing-copyright',
  'reuse-missing-license',
  'reuse-missing-license-text',
  'reuse-unused-license-text',
  'reuse-bad-license-file-name',
  'reuse-invalid-config',
  'reuse-deprecated-dep5',
  'scan-truncated',
] as const;
export type LicenseRule = (typeof LICENSE_RULES)[number];
export type RuleSeverity = FindingSeverity | 'OFF';

/** The public bodies' own license; the policy file cannot take it away. */
export const ALWAYS_ALLOWED: readonly string[] = ['EUPL-1.1', 'EUPL-1.2'];

export interface LicensePolicy {
  osiApproved: boolean;
  allowed: readonly string[];
  denied: readonly string[];
  review: readonly string[];
  alwaysAllowed: readonly string[];
  unlisted: 'NEEDS_REVIEW' | 'DENIED';
  rules: Readonly<Record<LicenseRule, RuleSeverity>>;
}

const DEFAULT_RULES: Record<LicenseRule, RuleSeverity> = {
  'no-license': 'ERROR',
  'multiple-licenses': 'ERROR',
  'denied-license': 'ERROR',
  'declared-license-mismatch': 'ERROR',
  'declared-license-conflict': 'WARNING',
  'invalid-license-expression': 'ERROR',
  'deprecated-license-id': 'WARNING',
  'low-confidence-match': 'WARNING',
  'incompatible-component': 'WARNING',
  'reuse-missing-copyright': 'INFO',
  'reuse-missing-license': 'INFO',
  'reuse-missing-license-text': 'INFO',
  'reuse-unused-license-text': 'INFO',
  'reuse-bad-license-file-name': 'INFO',
  'reuse-invalid-config': 'WARNING',
  'reuse-deprecated-dep5': 'INFO',
  'scan-truncated': 'WARNING',
};

const SEVERITIES: readonly RuleSeverity[] = ['ERROR', 'WARNING', 'INFO', 'OFF'];
const TOP_LEVEL_KEYS = ['version', 'allow', 'deny', 'review', 'rules'];

/**
 * Reads a policy file. Every mistake an operator can make (unknown key, misspelt license id,
 * EUPL on the deny list, one id both allowed and denied) is an error naming the place, so a
 * broken policy never silently allows or denies more than intended.
 */
export function parseLicensePolicy(text: string, source = 'license policy'): LicensePolicy {
  let document: unknown;
  try {
    document = parseYaml(text, { maxAliasCount: 100 });
  } catch (error) {
    throw new LicensePolicyError(`${source}: not valid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
  const root = asRecord(document, source);
  rejectUnknownKeys(root, TOP_LEVEL_KEYS, source);
  if (root.version !== 1) throw new LicensePolicyError(`${source}: "version" must be 1`);

  const allow = asRecord(root.allow ?? {}, `${source}: allow`);
  rejectUnknownKeys(allow, ['osiApproved', 'licenses'], `${source}: allow`);
  const deny = asRecord(root.deny ?? {}, `${source}: deny`);
  rejectUnknownKeys(deny, ['licenses'], `${source}: deny`);
  const review = asRecord(root.review ?? {}, `${source}: review`);
  rejectUnknownKeys(review, ['licenses', 'unlisted'], `${source}: review`);

  const osiApproved = allow.osiApproved ?? true;
  if (typeof osiApproved !== 'boolean') throw new LicensePolicyError(`${source}: allow.osiApproved must be true or false`);
  const allowed = licenseList(allow.licenses, `${source}: allow.licenses`);
  const denied = licenseList(deny.licenses, `${source}: deny.licenses`);
  const reviewed = licenseList(review.licenses, `${source}: review.licenses`);
  const unlisted = review.unlisted ?? 'NEEDS_REVIEW';
  if (unlisted !== 'NEEDS_REVIEW' && unlisted !== 'DENIED') {
    throw new LicensePolicyError(`${source}: review.unlisted must be NEEDS_REVIEW or DENIED`);
  }

  for (const id of denied) {
    if (ALWAYS_ALLOWED.includes(id)) throw new LicensePolicyError(`${source}: deny.licenses: ${id} is always allowed and cannot be denied`);
    if (allowed.includes(id)) throw new LicensePolicyError(`${source}: ${id} is both allowed and denied`);
  }

  return { osiApproved, allowed, denied, review: reviewed, alwaysAllowed: ALWAYS_ALLOWED, unlisted, rules: parseRules(root.rules, source) };
}

export const RANK: Readonly<Record<LicenseStatus, number>> = { ALLOWED: 0, NEEDS_REVIEW: 1, UNKNOWN: 2, DENIED: 3 };

/** How the policy treats one license identifier (`GPL-2.0+` counts as its base id). */
export function judgeLicense(policy: LicensePolicy, rawId: string): LicenseStatus {
  if (rawId === 'LicenseRef-unknown') return 'UNKNOWN';
  if (/^(DocumentRef-[^:]+:)?LicenseRef-/i.test(rawId)) {
    return policy.denied.includes(rawId) ? 'DENIED' : policy.allowed.includes(rawId) ? 'ALLOWED' : 'NEEDS_REVIEW';
  }
  const id = canonicalLicenseId(rawId.replace(/\+$/, ''));
  if (!id) return 'UNKNOWN';
  if (ALWAYS_ALLOWED.includes(id)) return 'ALLOWED';
  if (policy.denied.includes(id)) return 'DENIED';
  if (policy.review.includes(id)) return 'NEEDS_REVIEW';
  if (policy.allowed.includes(id) || (policy.osiApproved && isOsiApproved(id))) return 'ALLOWED';
  return policy.unlisted;
}

function parseRules(value: unknown, source: string): Record<LicenseRule, RuleSeverity> {
  const rules = { ...DEFAULT_RULES };
  const given = asRecord(value ?? {}, `${source}: rules`);
  rejectUnknownKeys(given, LICENSE_RULES, `${source}: rules`);
  for (const [name, severity] of Object.entries(given)) {
    if (!SEVERITIES.includes(severity as RuleSeverity)) {
      throw new LicensePolicyError(`${source}: rules.${name} must be one of ${SEVERITIES.join(', ')}`);
    }
    rules[name as LicenseRule] = severity as RuleSeverity;
  }
  return rules;
}

function licenseList(value: unknown, where: string): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw new LicensePolicyError(`${where} must be a list of SPDX ids`);
  return value.map((entry, index) => {
    if (typeof entry !== 'string') throw new LicensePolicyError(`${where}[${index}] must be an SPDX id`);
    if (/^(DocumentRef-[A-Za-z0-9.-]+:)?LicenseRef-[A-Za-z0-9.-]+$/.test(entry)) return entry;
    const id = canonicalLicenseId(entry);
    if (!id) throw new LicensePolicyError(`${where}[${index}]: "${entry}" is not an SPDX license id`);
    return id;
  });
}

function asRecord(value: unknown, where: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new LicensePolicyError(`${where} must be a mapping`);
  return value as Record<string, unknown>;
}

function rejectUnknownKeys(record: Record<string, unknown>, known: readonly string[], where: string): void {
  const unknown = Object.keys(record).filter((key) => !known.includes(key));
  if (unknown.length > 0) throw new LicensePolicyError(`${where}: unknown key "${unknown[0]}" (known: ${known.join(', ')})`);
}
