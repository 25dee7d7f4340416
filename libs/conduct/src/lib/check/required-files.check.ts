import type { ConductFile, ConductTree } from '../conduct.types';
import type { ConductRules, RequiredFileOptions } from '../rules/conduct-rule-definitions';
import { findContact } from './contact-addresses';
import type { ConductFindings } from './conduct-findings';

type RequiredFileRule = 'readme' | 'code-of-conduct' | 'contributing' | 'security-policy' | 'changelog';

/** What each file is for, so a publisher who has never heard of it knows what to write. */
const PURPOSE: Readonly<Record<RequiredFileRule, string>> = {
  readme: 'what the project is, who it is for and how to use it',
  'code-of-conduct': 'how people in the project treat each other',
  contributing: 'how to contribute',
  'security-policy': 'how to report a vulnerability, and to whom',
  changelog: 'what changed from release to release',
};

/** A security policy names its contact near the top; a huge file is not read to the end. */
const CONTACT_SCAN_CHARS = 64 * 1024;

/**
 * Where a required-file rule accepts the file: the index of its directory in the rule's list,
 * or -1 when the rule does not accept it. Names match the file name before its first dot.
 */
export function requiredFileRank(path: string, options: RequiredFileOptions): number {
  const slash = path.lastIndexOf('/');
  const rank = options.directories.indexOf(slash < 0 ? '.' : path.slice(0, slash));
  if (rank < 0) return -1;
  const stem = path.slice(slash + 1).split('.')[0].toLowerCase();
  return options.names.some((name) => name.toLowerCase() === stem) ? rank : -1;
}

/**
 * The file a required-file rule accepts, in the directories in the order the rule lists them.
 * A symlink counts: the file is there, even if no check reads it.
 */
export function findRequiredFile(tree: ConductTree, options: RequiredFileOptions): ConductFile | null {
  let best: { file: ConductFile; rank: number } | null = null;
  for (const file of tree.files) {
    const rank = requiredFileRank(file.path, options);
    if (rank >= 0 && (!best || rank < best.rank)) best = { file, rank };
  }
  return best?.file ?? null;
}

export function checkRequiredFiles(tree: ConductTree, rules: ConductRules, findings: ConductFindings): void {
  for (const rule of ['readme', 'code-of-conduct', 'contributing', 'security-policy', 'changelog'] as const) {
    if (rules[rule].severity === 'OFF' || findRequiredFile(tree, rules[rule].options)) continue;
    const { names, directories } = rules[rule].options;
    findings.add(rule, null, null, `no ${names[0]} file ${placesOf(directories)}: add one (e.g. ${names[0]}.md) that says ${PURPOSE[rule]}`);
  }
}

/**
 * The security policy and whether it names a contact (an e-mail address or URL). Found for the
 * badges whatever the rules' severities; a finding only when security-contact is on.
 */
export function checkSecurityContact(tree: ConductTree, rules: ConductRules, findings: ConductFindings): { path: string | null; contact: boolean } {
  const file = findRequiredFile(tree, rules['security-policy'].options);
  if (!file) return { path: null, contact: false };
  if (file.content === undefined) {
    findings.add('security-contact', file.path, null, `${file.path} cannot be read (${unreadable(file)}), so its security contact cannot be found`);
    return { path: file.path, contact: false };
  }
  const contact = findContact(file.content.slice(0, CONTACT_SCAN_CHARS)) !== null;
  if (!contact) {
    findings.add(
      'security-contact',
      file.path,
      null,
      `${file.path} names no security contact: add an e-mail address or a URL where vulnerabilities can be reported privately (addresses at example.org and similar placeholder domains do not count)`,
    );
  }
  return { path: file.path, contact };
}

/** Why a file has no content, in the words a publisher understands. */
export function unreadable(file: ConductFile): string {
  switch (file.kind) {
    case 'symlink':
      return 'it is a symbolic link';
    case 'too-large':
      return 'it is larger than the check reads';
    default:
      return 'it is not a text file';
  }
}

function placesOf(directories: readonly string[]): string {
  const places = directories.map((directory) => (directory === '.' ? 'at the top of the repository' : `in ${directory}/`));
  return places.length === 1 ? places[0] : `${places.slice(0, -1).join(', ')} or ${places[places.length - 1]}`;
}
