import type { ReuseAnnotation, ReuseConfig } from '../declarations/reuse-config.types';
import { GlobBudget, globMatches } from '../declarations/reuse-glob';
import { ReuseFileResult } from '../license-scan.types';
import type { ReuseConfigs } from './reuse-configs';

type ReuseSource = NonNullable<ReuseFileResult['source']>;

/** What a file says about itself, in its header or (taking precedence) its `.license` sidecar. */
export interface OwnReuseInfo {
  source: 'header' | 'sidecar';
  copyright: boolean;
  /** A whole-file license tag is written, even one whose expression is invalid. */
  statesLicense: boolean;
  /** The valid whole-file expressions. */
  licenses: string[];
  /** Expressions of `SPDX-SnippetBegin` blocks: they need license texts too. */
  snippetLicenses: string[];
}

export interface ResolvedReuseInfo {
  copyright: boolean;
  licenses: string[];
  /** Where the licenses (without any, the copyright) came from; the file's own before a configuration. */
  source: ReuseSource | null;
  /** Further licenses the file uses in snippets; none when an override means its contents are not read. */
  snippetLicenses: string[];
}

interface Match {
  annotation: ReuseAnnotation;
  source: 'reuse-toml' | 'dep5';
}

/**
 * Enough for every file of a large tree against hundreds of globs; a hostile configuration
 * runs out of it within a second instead of stalling the scan.
 */
export const GLOB_STEPS = 50_000_000;

/**
 * The licensing information of each file by the order of precedence of REUSE 3.3. Of each
 * REUSE.toml covering a file only its last matching table counts. The outermost `override`
 * table replaces everything closer to the file (deeper REUSE.toml files and the file itself);
 * `aggregate` tables and DEP5 add to the rest; `closest` tables supply copyright and license
 * separately, each only where the file says nothing of its own, the deepest table first.
 */
export class ReuseResolver {
  private readonly budget = new GlobBudget(GLOB_STEPS);

  constructor(private readonly configs: ReuseConfigs) {}

  /** Matching stopped early on the step budget: later files got no configuration's information. */
  get exhausted(): boolean {
    return this.budget.exhausted;
  }

  resolve(path: string, own: OwnReuseInfo | undefined): ResolvedReuseInfo {
    const matches: Match[] = [];
    for (const toml of this.configs.tomls) {
      if (!path.startsWith(toml.directory)) continue;
      const annotation = this.lastMatch(toml, path.slice(toml.directory.length));
      if (annotation) matches.push({ annotation, source: 'reuse-toml' });
    }
    const override = matches.findIndex((match) => match.annotation.precedence === 'override');
    const dep5 = this.configs.dep5 ? this.lastMatch(this.configs.dep5, path) : null;
    const dep5Match: Match[] = dep5 ? [{ annotation: dep5, source: 'dep5' }] : [];
    if (override >= 0) {
      const applied = [...matches.slice(0, override).filter(isAggregate), matches[override], ...dep5Match];
      return combine(null, null, null, applied);
    }
    const closest = matches.filter((match) => match.annotation.precedence === 'closest').reverse();
    const copyrightFrom = own?.copyright ? null : closest.find((match) => match.annotation.copyrights.length > 0);
    const licensesFrom = own?.statesLicense ? null : closest.find((match) => match.annotation.expressions.length > 0);
    return combine(own ?? null, copyrightFrom ?? null, licensesFrom ?? null, [...matches.filter(isAggregate), ...dep5Match]);
  }

  /** Within one configuration file the last matching table wins. */
  private lastMatch(config: ReuseConfig, relative: string): ReuseAnnotation | null {
    for (let index = config.annotations.length - 1; index >= 0 && !this.budget.exhausted; index--) {
      const annotation = config.annotations[index];
      if (annotation.globs.some((glob) => globMatches(glob, relative, this.budget))) return annotation;
    }
    return null;
  }
}

function combine(own: OwnReuseInfo | null, copyrightFrom: Match | null, licensesFrom: Match | null, aggregates: Match[]): ResolvedReuseInfo {
  const licensed: { source: ReuseSource; licenses: string[] }[] = own ? [{ source: own.source, licenses: own.licenses }] : [];
  for (const match of [licensesFrom, ...aggregates]) if (match) licensed.push({ source: match.source, licenses: validExpressions(match.annotation) });
  const withLicenses = licensed.filter((entry) => entry.licenses.length > 0);
  const copyrighted: ReuseSource[] = own?.copyright ? [own.source] : [];
  for (const match of [copyrightFrom, ...aggregates]) if (match && match.annotation.copyrights.length > 0) copyrighted.push(match.source);
  return {
    copyright: copyrighted.length > 0,
    licenses: [...new Set(withLicenses.flatMap((entry) => entry.licenses))],
    source: withLicenses[0]?.source ?? copyrighted[0] ?? null,
    snippetLicenses: own?.snippetLicenses ?? [],
  };
}

function isAggregate(match: Match): boolean {
  return match.annotation.precedence === 'aggregate';
}

function validExpressions(annotation: ReuseAnnotation): string[] {
  return annotation.expressions.flatMap((expression) => (expression.check.valid ? [expression.check.expression] : []));
}
