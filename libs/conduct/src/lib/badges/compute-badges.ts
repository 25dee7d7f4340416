import type { Badge, BadgeCriterion, BadgeFacts, BadgeLevel, BadgeName } from './badge.types';

/**
 * The thresholds of the badges, modelled on Open CoDE's badge programme (maintained: Bronze
 * >= 5 commits in 6 months, Silver plus a release, Gold plus a bus factor of two; secure: a
 * security policy and a protected main branch, then >= 80 % signed tags). Where Open CoDE
 * measures what Allmende cannot see (issue reaction times, reviewed merge requests,
 * vulnerability scans) the levels rest on what the platform knows for certain.
 */
export const BADGE_THRESHOLDS = {
  /** "The last six months": half a year of days, so the window does not depend on month lengths. */
  windowDays: 183,
  /** maintained, BRONZE: commits on the default branch within the window. */
  recentCommits: 5,
  /** maintained, SILVER: tags (releases) within the window. */
  recentReleases: 1,
  /** maintained, GOLD: distinct commit authors within the window (more than one: a bus factor of two). */
  recentAuthors: 2,
  /** secure, SILVER: percentage of all tags that are signed (whole numbers: 12 of 15 is exactly 80). */
  signedTagPercent: 80,
  /** secure, GOLD: every tag signed. */
  allTagsSignedPercent: 100,
} as const;

const LEVELS: readonly BadgeLevel[] = ['BRONZE', 'SILVER', 'GOLD'];
const DAY_MS = 24 * 60 * 60 * 1000;

interface Criterion extends BadgeCriterion {
  met: boolean;
}

/**
 * The three badges of a repository, each with the level reached and every criterion, met or
 * missing with what was measured, so a publisher sees what the next level takes. Pure: the
 * platform gathers the facts (git activity, branch protection, the check's facts).
 */
export function computeBadges(facts: BadgeFacts): Badge[] {
  return [badge('maintained', maintained(facts)), badge('secure', secure(facts)), badge('reusable', reusable(facts))];
}

function maintained({ now, git }: BadgeFacts): Criterion[] {
  const since = now.getTime() - BADGE_THRESHOLDS.windowDays * DAY_MS;
  const commits = git.commits.filter((commit) => commit.date.getTime() > since);
  const releases = git.tags.filter((tag) => tag.date.getTime() > since).length;
  const authors = new Set(commits.map((commit) => commit.author.trim().toLowerCase())).size;
  const { recentCommits, recentReleases, recentAuthors } = BADGE_THRESHOLDS;
  return [
    criterion('recent-commits', 'BRONZE', `at least ${recentCommits} commits in the last 6 months`, commits.length >= recentCommits, `${count(commits.length, 'commit')} in the last 6 months`),
    criterion('recent-release', 'SILVER', 'a release (tag) in the last 6 months', releases >= recentReleases, `${count(releases, 'tag')} in the last 6 months`),
    criterion('several-authors', 'GOLD', `at least ${recentAuthors} authors in the last 6 months`, authors >= recentAuthors, `${count(authors, 'author')} in the last 6 months`),
  ];
}

function secure({ repository, git }: BadgeFacts): Criterion[] {
  const policy = repository.securityPolicy;
  const signed = git.tags.filter((tag) => tag.signed).length;
  const signedAtLeast = (percent: number) => git.tags.length > 0 && signed * 100 >= git.tags.length * percent;
  const signedDetail = git.tags.length === 0 ? 'no tags' : `${signed} of ${count(git.tags.length, 'tag')} signed (${Math.floor((signed * 100) / git.tags.length)} %)`;
  const secretsDetail = { clean: 'the secret scan found nothing', found: 'the secret scan found committed secrets', 'not-checked': 'the secret scan is switched off' }[repository.secrets];
  return [
    criterion(
      'security-policy',
      'BRONZE',
      'a security policy (SECURITY.md) that names a contact',
      policy.path !== null && policy.contact,
      policy.path === null ? 'no security policy' : policy.contact ? `${policy.path} names a contact` : `${policy.path} names no contact`,
    ),
    criterion('protected-branch', 'BRONZE', 'the default branch is protected', git.defaultBranchProtected, git.defaultBranchProtected ? 'protected' : 'not protected'),
    criterion('no-secrets', 'BRONZE', 'no committed secrets', repository.secrets === 'clean', secretsDetail),
    criterion('signed-tags', 'SILVER', `at least ${BADGE_THRESHOLDS.signedTagPercent} % of tags signed`, signedAtLeast(BADGE_THRESHOLDS.signedTagPercent), signedDetail),
    criterion('all-tags-signed', 'GOLD', 'every tag signed', signedAtLeast(BADGE_THRESHOLDS.allTagsSignedPercent), signedDetail),
  ];
}

function reusable({ repository }: BadgeFacts): Criterion[] {
  const license = repository.license;
  const publiccode = { valid: 'valid', invalid: 'not valid', missing: 'missing', 'not-checked': 'not checked' }[repository.publiccode];
  return [
    criterion('license-allowed', 'BRONZE', 'a license the license policy allows', license?.status === 'ALLOWED', license ? `${license.expression ?? 'no license'}: ${license.status}` : 'not checked'),
    criterion('publiccode-valid', 'SILVER', 'a valid publiccode.yml', repository.publiccode === 'valid', `publiccode.yml ${publiccode}`),
    criterion(
      'reuse-compliant',
      'GOLD',
      'REUSE compliant: every file states its copyright and license (https://reuse.software)',
      license?.reuseCompliant === true,
      license ? (license.reuseCompliant ? 'compliant' : 'not compliant') : 'not checked',
    ),
  ];
}

function badge(name: BadgeName, criteria: Criterion[]): Badge {
  let level: BadgeLevel | null = null;
  for (const candidate of LEVELS) {
    if (!criteria.filter((entry) => entry.level === candidate).every((entry) => entry.met)) break;
    level = candidate;
  }
  const plain = ({ id, level: criterionLevel, description, detail }: Criterion): BadgeCriterion => ({ id, level: criterionLevel, description, detail });
  return { name, level, met: criteria.filter((entry) => entry.met).map(plain), missing: criteria.filter((entry) => !entry.met).map(plain) };
}

function criterion(id: string, level: BadgeLevel, description: string, met: boolean, detail: string): Criterion {
  return { id, level, description, met, detail };
}

function count(value: number, noun: string): string {
  return `${value} ${noun}${value === 1 ? '' : 's'}`;
}
