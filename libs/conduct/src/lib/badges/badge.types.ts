import type { ConductFacts } from '../conduct.types';

export type BadgeName = 'maintained' | 'secure' | 'reusable';
export type BadgeLevel = 'BRONZE' | 'SILVER' | 'GOLD';

export interface BadgeCriterion {
  /** Stable machine-readable name, e.g. `signed-tags`. */
  id: string;
  /** The level this criterion belongs to; a level needs its own criteria and those of the levels below. */
  level: BadgeLevel;
  description: string;
  /** What was measured, e.g. "3 of 4 tags signed (75 %)". */
  detail: string;
}

export interface Badge {
  name: BadgeName;
  /** The highest level whose criteria and all lower levels' criteria are met; null for none. */
  level: BadgeLevel | null;
  met: BadgeCriterion[];
  missing: BadgeCriterion[];
}

/**
 * What the platform gathers from git for the badges. Dates are the commits' committer dates
 * and the tags' dates (a lightweight tag takes its commit's). Only the last six months matter,
 * so the platform may hand over just those.
 */
export interface GitActivity {
  /** Commits of the default branch; `author` is the identity that counts (e-mail preferred). */
  commits: readonly { date: Date; author: string }[];
  tags: readonly { name: string; date: Date; signed: boolean }[];
  defaultBranchProtected: boolean;
}

export interface BadgeFacts {
  /** The moment the badges are computed for; passed in so the function stays pure. */
  now: Date;
  /** The code-of-conduct check's facts of the default branch's head commit. */
  repository: ConductFacts;
  git: GitActivity;
}
