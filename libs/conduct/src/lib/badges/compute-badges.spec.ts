import type { ConductFacts } from '../conduct.types';
import type { Badge, BadgeFacts, BadgeName, GitActivity } from './badge.types';
import { BADGE_THRESHOLDS, computeBadges } from './compute-badges';

const NOW = new Date('2026-06-30T12:00:00Z');
const DAY = 24 * 60 * 60 * 1000;
const daysAgo = (days: number) => new Date(NOW.getTime() - days * DAY);

const REPOSITORY: ConductFacts = {
  license: { status: 'ALLOWED', expression: 'EUPL-1.2', reuseCompliant: true },
  securityPolicy: { path: 'SECURITY.md', contact: true },
  secrets: 'clean',
  publiccode: 'valid',
};

function commits(count: number, authors = ['anna@stadt.de', 'ben@stadt.de'], age = 10): GitActivity['commits'] {
  return Array.from({ length: count }, (_, index) => ({ date: daysAgo(age), author: authors[index % authors.length] }));
}

function tags(signed: number, unsigned: number, age = 30): GitActivity['tags'] {
  return Array.from({ length: signed + unsigned }, (_, index) => ({ name: `v1.${index}`, date: daysAgo(age), signed: index < signed }));
}

function badgeOf(name: BadgeName, facts: { repository?: Partial<ConductFacts>; git?: Partial<GitActivity> } = {}): Badge {
  const all: BadgeFacts = {
    now: NOW,
    repository: { ...REPOSITORY, ...facts.repository },
    git: { commits: commits(12), tags: tags(3, 0), defaultBranchProtected: true, ...facts.git },
  };
  const badge = computeBadges(all).find((candidate) => candidate.name === name);
  if (!badge) throw new Error(`no ${name} badge`);
  return badge;
}

const ids = (criteria: Badge['met']) => criteria.map((criterion) => criterion.id);

describe('computeBadges', () => {
  it('gives every badge at GOLD to a repository that meets everything, listing the criteria met', () => {
    const badges = computeBadges({ now: NOW, repository: REPOSITORY, git: { commits: commits(12), tags: tags(3, 0), defaultBranchProtected: true } });
    expect(badges.map(({ name, level, missing }) => ({ name, level, missing }))).toEqual([
      { name: 'maintained', level: 'GOLD', missing: [] },
      { name: 'secure', level: 'GOLD', missing: [] },
      { name: 'reusable', level: 'GOLD', missing: [] },
    ]);
    expect(badges[0].met).toEqual([
      { id: 'recent-commits', level: 'BRONZE', description: 'at least 5 commits in the last 6 months', detail: '12 commits in the last 6 months' },
      { id: 'recent-release', level: 'SILVER', description: 'a release (tag) in the last 6 months', detail: '3 tags in the last 6 months' },
      { id: 'several-authors', level: 'GOLD', description: 'at least 2 authors in the last 6 months', detail: '2 authors in the last 6 months' },
    ]);
  });

  describe('maintained', () => {
    it('needs 5 recent commits for BRONZE', () => {
      expect(badgeOf('maintained', { git: { commits: commits(4), tags: [] } })).toMatchObject({ level: null, missing: [expect.objectContaining({ id: 'recent-commits', detail: '4 commits in the last 6 months' }), expect.anything()] });
      expect(badgeOf('maintained', { git: { commits: commits(5), tags: [] } }).level).toBe('BRONZE');
    });

    it('counts only the last 183 days', () => {
      const edge = BADGE_THRESHOLDS.windowDays;
      expect(badgeOf('maintained', { git: { commits: commits(5, undefined, edge), tags: [] } }).level).toBeNull();
      expect(badgeOf('maintained', { git: { commits: commits(5, undefined, edge - 0.001), tags: [] } }).level).toBe('BRONZE');
      expect(badgeOf('maintained', { git: { tags: tags(1, 0, edge) } }).level).toBe('BRONZE');
    });

    it('needs a recent release for SILVER and a second author for GOLD', () => {
      expect(badgeOf('maintained', { git: { commits: commits(6, ['anna@stadt.de', 'ANNA@stadt.de ']) } })).toMatchObject({
        level: 'SILVER',
        missing: [expect.objectContaining({ id: 'several-authors', detail: '1 author in the last 6 months' })],
      });
      expect(badgeOf('maintained', { git: { tags: tags(1, 0, 10) } }).level).toBe('GOLD');
    });

    it('gives no level while a lower level is missing, however much higher ones are met', () => {
      const badge = badgeOf('maintained', { git: { commits: commits(4, ['a', 'b']), tags: tags(2, 0) } });
      expect(badge.level).toBeNull();
      expect(ids(badge.met)).toEqual(['recent-release', 'several-authors']);
    });
  });

  describe('secure', () => {
    it.each([
      ['no security policy', { repository: { securityPolicy: { path: null, contact: false } } }, 'security-policy'],
      ['a policy without contact', { repository: { securityPolicy: { path: 'SECURITY.md', contact: false } } }, 'security-policy'],
      ['an unprotected branch', { git: { defaultBranchProtected: false } }, 'protected-branch'],
      ['committed secrets', { repository: { secrets: 'found' as const } }, 'no-secrets'],
      ['no secret scan', { repository: { secrets: 'not-checked' as const } }, 'no-secrets'],
    ])('gives no level with %s', (_case, facts, missing) => {
      const badge = badgeOf('secure', facts);
      expect(badge.level).toBeNull();
      expect(ids(badge.missing)).toContain(missing);
    });

    it.each([
      [0, 0, 'BRONZE', 'no tags'],
      [3, 1, 'BRONZE', '3 of 4 tags signed (75 %)'],
      [79, 21, 'BRONZE', '79 of 100 tags signed (79 %)'],
      [80, 20, 'SILVER', '80 of 100 tags signed (80 %)'],
      [12, 3, 'SILVER', '12 of 15 tags signed (80 %)'],
      [99, 1, 'SILVER', '99 of 100 tags signed (99 %)'],
      [1, 0, 'GOLD', '1 of 1 tag signed (100 %)'],
    ])('with %i signed and %i unsigned tags: %s', (signed, unsigned, level, detail) => {
      const badge = badgeOf('secure', { git: { tags: tags(signed, unsigned) } });
      expect(badge.level).toBe(level);
      expect([...badge.met, ...badge.missing].find((criterion) => criterion.id === 'signed-tags')?.detail).toBe(detail);
    });
  });

  describe('reusable', () => {
    it.each([
      ['a license in review', { license: { status: 'NEEDS_REVIEW' as const, expression: 'Beerware', reuseCompliant: true } }, null, 'Beerware: NEEDS_REVIEW'],
      ['no license check', { license: null }, null, 'not checked'],
      ['an allowed license only', { publiccode: 'missing' as const, license: { status: 'ALLOWED' as const, expression: 'MIT', reuseCompliant: false } }, 'BRONZE', 'MIT: ALLOWED'],
      ['a valid publiccode.yml too', { license: { status: 'ALLOWED' as const, expression: 'MIT', reuseCompliant: false } }, 'SILVER', 'MIT: ALLOWED'],
      ['REUSE compliance too', {}, 'GOLD', 'EUPL-1.2: ALLOWED'],
      ['REUSE compliance but an invalid publiccode.yml', { publiccode: 'invalid' as const }, 'BRONZE', 'EUPL-1.2: ALLOWED'],
    ])('with %s: %s', (_case, repository, level, licenseDetail) => {
      const badge = badgeOf('reusable', { repository });
      expect(badge.level).toBe(level);
      expect([...badge.met, ...badge.missing].find((criterion) => criterion.id === 'license-allowed')?.detail).toBe(licenseDetail);
    });
  });
});
