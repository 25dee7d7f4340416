/**
 * Trees and fakes for the check's tests: a repository that meets every shipped rule, and
 * stand-ins for the publiccode.yml validator and the secret scanner that answer what a test
 * tells them to and record what they were asked.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseLicensePolicy } from '@allmende/licensing';
import licenseList from 'spdx-license-list/full';
import type { ConductFile, ConductResult } from '../conduct.types';
import { ConductRules } from '../rules/conduct-rule-definitions';
import { parseConductRules } from '../rules/conduct-rules';
import { checkConduct } from './check-conduct';
import type { SecretFinding, SecretScanOptions } from '../secrets/secret-scan.types';
import type { ConductCheckers, PubliccodeValidation } from './conduct-dependencies';
import { conductDependencies } from './conduct-dependencies';

const CONFIG = join(__dirname, '../../../../../config');
export const shippedRules = parseConductRules(readFileSync(join(CONFIG, 'conduct-rules.yaml'), 'utf8'), 'config/conduct-rules.yaml');
export const licensePolicy = parseLicensePolicy(readFileSync(join(CONFIG, 'license-policy.yaml'), 'utf8'));

export const text = (path: string, content: string): ConductFile => ({ path, kind: 'text', content });

export const ENGLISH_README = `# Citizen portal

The citizen portal is an application for municipalities that lets citizens submit their requests
online. It is developed by the city of Musterhausen and published under the MIT license. You can
install it on your own server in a few steps, and the documentation describes each of them.
`;

export const GERMAN_README = `# Bürgerportal

Das Bürgerportal ist eine Anwendung für Kommunen, mit der Bürgerinnen und Bürger Anträge online
stellen können. Die Software wird von der Stadt Musterhausen entwickelt und steht unter der
MIT-Lizenz. Sie lässt sich mit wenigen Schritten auf einem eigenen Server installieren.
`;

/** A repository every shipped rule is content with. */
export function compliantFiles(): ConductFile[] {
  return [
    text('.github/CONTRIBUTING.md', '# Contributing\n\nOpen a merge request; every change is reviewed.\n'),
    text('CHANGELOG.md', '# Changelog\n\n## 1.0.0\n\nFirst release.\n'),
    text('CODE_OF_CONDUCT.md', '# Code of conduct\n\nWe follow the Contributor Covenant 2.1.\n'),
    text('LICENSE', licenseList.MIT.licenseText),
    text('README.md', ENGLISH_README),
    text('SECURITY.md', '# Security\n\nPlease report vulnerabilities to security@musterhausen.de, never in public issues.\n'),
    text('publiccode.yml', 'publiccodeYmlVersion: "0.4"\nname: Citizen portal\n'),
    text('src/index.ts', 'export const answer = 42;\n'),
    { path: 'docs/logo.png', kind: 'binary', size: 20_000 },
  ];
}

/** The compliant repository with some files taken out and others put in. */
export function repository(without: string[], ...extra: ConductFile[]): ConductFile[] {
  return [...compliantFiles().filter((file) => !without.includes(file.path)), ...extra];
}

export interface FakeCheckers extends ConductCheckers {
  validated: string[];
  scanned: { paths: string[]; options?: SecretScanOptions }[];
}

export function fakeCheckers(answers: { publiccode?: Partial<PubliccodeValidation>; secrets?: SecretFinding[] } = {}): FakeCheckers {
  const checkers: FakeCheckers = {
    validated: [],
    scanned: [],
    validatePubliccode(content) {
      checkers.validated.push(content);
      return { valid: true, version: '0.4', results: [], document: {}, ...answers.publiccode };
    },
    scanSecrets(files, options) {
      checkers.scanned.push({ paths: files.map((file) => file.path), options });
      return answers.secrets ?? [];
    },
  };
  return checkers;
}

export function check(files: ConductFile[], options: { rules?: ConductRules; checkers?: ConductCheckers; truncated?: boolean } = {}): ConductResult {
  const dependencies = conductDependencies(licensePolicy, options.checkers ?? fakeCheckers());
  return checkConduct({ files, truncated: options.truncated }, options.rules ?? shippedRules, dependencies);
}

/** The default rules (which the shipped file repeats) with the given rules written in YAML. */
export function rulesWith(yaml: string): ConductRules {
  return parseConductRules(`version: 1\nrules:\n${yaml}`);
}

export const rulesOf = (result: ConductResult) => result.findings.map((finding) => finding.rule);
