import { LicenseExpressionTree } from '../declarations/spdx-expression.types';
import { expressionLicenses } from '../policy/judge-expression';
import { LicenseRule } from '../policy/license-policy';
import { UNKNOWN_LICENSE } from '../text/identify-license-text';
import { LicenseTextIndex } from '../text/license-text-index';

export interface ProjectText {
  path: string;
  spdxId: string;
  band: 'identified' | 'review' | 'unknown';
}

export interface ProjectDeclaration {
  path: string;
  line: number | null;
  expression: string;
  tree: LicenseExpressionTree;
  source: 'MANIFEST' | 'PUBLICCODE';
}

export interface ProjectLicenseInput {
  texts: readonly ProjectText[];
  readme: ProjectText | null;
  declarations: readonly ProjectDeclaration[];
  /** Distinct expressions of the SPDX tags and REUSE annotations across the tree. */
  tagged: readonly string[];
}

export interface ProjectFinding {
  rule: LicenseRule;
  path: string | null;
  line: number | null;
  message: string;
}

export interface ProjectLicense {
  /** Null when the tree holds no license at all, or several without saying how they combine. */
  expression: string | null;
  /** Why there is no expression: nothing found, or found but undecidable. */
  undecided: 'none' | 'ambiguous' | null;
  findings: ProjectFinding[];
}

/**
 * What the project as a whole is licensed under. A declaration (publiccode.yml, then the
 * top-level manifests) says it explicitly; REUSE tags say it per file; otherwise the
 * top-level license texts, and last a README's license section. Declarations are checked
 * against the texts, because a package.json that says MIT next to a GPL-3.0 LICENSE is a
 * mistake someone has to resolve.
 */
export function concludeProjectLicense(input: ProjectLicenseInput): ProjectLicense {
  const findings: ProjectFinding[] = [];
  const texts = withoutTextsOfTheirBase(input.texts);
  const identified = distinct(texts.filter((text) => text.band === 'identified').map((text) => text.spdxId));

  const [declared, ...others] = [...input.declarations].sort((a, b) => (a.source === b.source ? 0 : a.source === 'PUBLICCODE' ? -1 : 1));
  if (declared) {
    for (const other of others) {
      if (other.expression !== declared.expression) {
        findings.push({
          rule: 'declared-license-conflict',
          path: other.path,
          line: other.line,
          message: `${other.path} declares ${other.expression} but ${declared.path} declares ${declared.expression}`,
        });
      }
    }
    const declaredIds = expressionLicenses(declared.tree);
    for (const text of texts.filter((candidate) => candidate.band === 'identified')) {
      for (const id of text.spdxId.split(/ (?:AND|OR) /)) {
        if (declaredIds.some((declaredId) => sameLicense(declaredId, id))) continue;
        findings.push({
          rule: 'declared-license-mismatch',
          path: declared.path,
          line: declared.line,
          message: `${declared.path} declares ${declared.expression} but ${text.path} is the ${id} license text`,
        });
      }
    }
    return { expression: declared.expression, undecided: null, findings };
  }

  if (input.tagged.length > 0) {
    const expression = input.tagged.map((tag) => (/ (AND|OR|WITH) /.test(tag) && input.tagged.length > 1 ? `(${tag})` : tag)).join(' AND ');
    return { expression, undecided: null, findings };
  }

  const undecided = texts.filter((text) => text.band !== 'identified');
  if (identified.length + undecided.length > 1) {
    const named = [...identified, ...undecided.map((text) => `${text.path} (unidentified)`)];
    findings.push({
      rule: 'multiple-licenses',
      path: null,
      line: null,
      message: `several license texts at the top of the repository (${named.join(', ')}) and no declaration says how they combine; declare it, e.g. in publiccode.yml legal.license${identified.length > 1 ? ` ("${identified.join(' AND ')}" or "${identified.join(' OR ')}")` : ''}`,
    });
    return { expression: null, undecided: 'ambiguous', findings };
  }
  if (identified.length === 1) return { expression: identified[0], undecided: null, findings };
  if (undecided.length === 1) {
    return undecided[0].band === 'unknown' ? { expression: UNKNOWN_LICENSE, undecided: null, findings } : { expression: null, undecided: 'ambiguous', findings };
  }
  if (input.readme?.band === 'identified') return { expression: input.readme.spdxId, undecided: null, findings };

  findings.push({
    rule: 'no-license',
    path: null,
    line: null,
    message: 'no license found: add a LICENSE file (EUPL-1.2 is always allowed) or declare the license in publiccode.yml',
  });
  return { expression: null, undecided: 'none', findings };
}

/** GPL-3.0-only and GPL-3.0-or-later are one license text; so are GPL-2.0+ and GPL-2.0-only. */
export function sameLicense(a: string, b: string): boolean {
  const base = (id: string) => id.replace(/\+$|-only$|-or-later$/, '');
  return a === b || base(a) === base(b) || LicenseTextIndex.shared().sameText(a, b);
}

/**
 * LGPL builds on the GPL and its projects ship both texts (COPYING and COPYING.LESSER): the
 * GPL text next to its LGPL is part of the LGPL, not a second license.
 */
function withoutTextsOfTheirBase(texts: readonly ProjectText[]): ProjectText[] {
  const has = (pattern: RegExp) => texts.some((text) => text.band === 'identified' && pattern.test(text.spdxId));
  return texts.filter((text) => {
    if (/^GPL-3\.0/.test(text.spdxId)) return !has(/^LGPL-3\.0/);
    if (/^GPL-2\.0/.test(text.spdxId)) return !has(/^LGPL-2\.1/);
    return true;
  });
}

function distinct(ids: string[]): string[] {
  return ids.filter((id, index) => ids.findIndex((other) => sameLicense(other, id)) === index);
}
