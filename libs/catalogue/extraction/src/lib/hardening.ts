import type { Hardening, HardeningCheck, HardeningLevel } from './catalogue.types';

/** The level shown as a search facet, from a 0-100 score. */
export function hardeningLevel(score: number): HardeningLevel {
  if (score >= 80) return 'HIGH';
  if (score >= 50) return 'MEDIUM';
  return 'LOW';
}

/** Score from weighted checks (weight 1 unless given); no checks at all score 0. */
export function hardeningOf(checks: HardeningCheck[], weights: Readonly<Record<string, number>> = {}): Hardening {
  let total = 0;
  let passed = 0;
  for (const check of checks) {
    const weight = weights[check.name] ?? 1;
    total += weight;
    if (check.passed) passed += weight;
  }
  const score = total === 0 ? 0 : Math.round((passed / total) * 100);
  return { score, level: hardeningLevel(score), checks };
}
