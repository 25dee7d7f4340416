import { deprecatedReplacement } from './spdx-deprecated';
import { checkLicenseExpression, parseLicenseExpressionTree } from './spdx-expression';
import type { ExpressionCheck, ValidExpression } from './spdx-expression.types';
import { isKnownLicenseId } from './spdx-license-data';

function valid(raw: string): ValidExpression {
  const check = checkLicenseExpression(raw);
  if (!check.valid) throw new Error(`expected ${raw} to be valid: ${check.reason}`);
  return check;
}

function invalid(raw: string): Extract<ExpressionCheck, { valid: false }> {
  const check = checkLicenseExpression(raw);
  if (check.valid) throw new Error(`expected ${raw} to be invalid, got ${check.expression}`);
  return check;
}

describe('checkLicenseExpression', () => {
  it.each([
    ['MIT', 'MIT'],
    ['mit', 'MIT'],
    ['apache-2.0 or mit', 'Apache-2.0 OR MIT'],
    ['zlib', 'Zlib'],
    ['  MIT   AND\tISC ', 'MIT AND ISC'],
    ['(MIT)', 'MIT'],
    ['((MIT OR ISC))', 'MIT OR ISC'],
    ['(MIT OR Apache-2.0) OR ISC', 'MIT OR Apache-2.0 OR ISC'],
    ['MIT AND (Apache-2.0 OR BSD-3-Clause)', 'MIT AND (Apache-2.0 OR BSD-3-Clause)'],
    ['(MIT AND ISC) OR Apache-2.0', 'MIT AND ISC OR Apache-2.0'],
    ['MIT AND ISC OR Apache-2.0', 'MIT AND ISC OR Apache-2.0'],
    ['gpl-2.0-or-later with classpath-exception-2.0', 'GPL-2.0-or-later WITH Classpath-exception-2.0'],
    ['Apache-2.0+', 'Apache-2.0+'],
    ['licenseref-Custom-1', 'LicenseRef-Custom-1'],
    ['DocumentRef-spdx-tool-1.2:LicenseRef-MIT-Style-2', 'DocumentRef-spdx-tool-1.2:LicenseRef-MIT-Style-2'],
  ])('accepts %j as %j', (raw, expression) => {
    expect(valid(raw).expression).toBe(expression);
  });

  it('lists licenses, exceptions and references once each, in order of appearance', () => {
    const check = valid('MIT OR (GPL-2.0+ WITH Classpath-exception-2.0 AND MIT) OR LicenseRef-x OR DocumentRef-d:LicenseRef-y');
    expect(check).toEqual(
      expect.objectContaining({
        licenses: ['MIT', 'GPL-2.0'],
        exceptions: ['Classpath-exception-2.0'],
        references: ['LicenseRef-x', 'DocumentRef-d:LicenseRef-y'],
        deprecated: ['GPL-2.0+'],
      }),
    );
  });

  it('reports deprecated ids and offers the modern expression without calling it invalid', () => {
    const check = valid('GPL-2.0 OR LGPL-2.1+ OR GPL-3.0-with-GCC-exception');
    expect(check.deprecated).toEqual(['GPL-2.0', 'LGPL-2.1+', 'GPL-3.0-with-GCC-exception']);
    expect(check.replacement).toBe('GPL-2.0-only OR LGPL-2.1-or-later OR GPL-3.0-only WITH GCC-exception-3.1');
    expect(valid('MIT').replacement).toBeNull();
    expect(valid('MPL-1.1+').deprecated).toEqual([]);
  });

  it('keeps the tree of the expression', () => {
    expect(valid('MIT AND (ISC OR GPL-2.0-only+ WITH Classpath-exception-2.0)').tree).toEqual({
      kind: 'and',
      left: { kind: 'license', id: 'MIT', plus: false },
      right: {
        kind: 'or',
        left: { kind: 'license', id: 'ISC', plus: false },
        right: { kind: 'license', id: 'GPL-2.0-only', plus: true, exception: 'Classpath-exception-2.0' },
      },
    });
  });

  it.each([
    ['Apache 2', 'Apache-2.0'],
    ['Apache License 2.0', 'Apache-2.0'],
    ['Apache-2', 'Apache-2.0'],
    ['The Apache Software License, Version 2.0', 'Apache-2.0'],
    ['GPLv3', 'GPL-3.0-only'],
    ['GPL v2', 'GPL-2.0-only'],
    ['GPLv2+', 'GPL-2.0-or-later'],
    ['GNU General Public License v3.0 or later', 'GPL-3.0-or-later'],
    ['GPL version 2 or any later version', 'GPL-2.0-or-later'],
    ['GNU Lesser General Public License v2.1', 'LGPL-2.1-only'],
    ['LGPLv2.1', 'LGPL-2.1-only'],
    ['AGPLv3', 'AGPL-3.0-only'],
    ['MIT License', 'MIT'],
    ['License :: OSI Approved :: MIT License', 'MIT'],
    ['BSD 3-Clause', 'BSD-3-Clause'],
    ['New BSD', 'BSD-3-Clause'],
    ['MPL 2.0', 'MPL-2.0'],
    ['EUPL v1.2', 'EUPL-1.2'],
    ['Eclipse Public License 2.0', 'EPL-2.0'],
    ['The Unlicense', 'Unlicense'],
    ['CC0', 'CC0-1.0'],
    ['MIT/Apache-2.0', 'MIT OR Apache-2.0'],
    ['Apache-2.0 Or MIT', 'Apache-2.0 OR MIT'],
    ['MIT AnD Apache 2', 'MIT AND Apache-2.0'],
  ])('rejects the near-miss %j and suggests %j', (raw, suggestion) => {
    const check = invalid(raw);
    expect(check.suggestion).toBe(suggestion);
    expect(check.reason).not.toBe('');
  });

  it.each(['Public Domain', 'BSD', 'GPL', 'Apache Software License', 'LGPL', 'proprietary', 'see LICENSE file'])(
    'rejects %j without guessing',
    (raw) => {
      expect(invalid(raw).suggestion).toBeNull();
    },
  );

  it.each([
    ['', /empty/],
    ['   ', /empty/],
    ['MIT AND', /incomplete/],
    ['MIT OR OR ISC', /not a valid SPDX/],
    ['(MIT', /not a valid SPDX/],
    ['MIT)', /not a valid SPDX/],
    ['MIT +', /unexpected characters/],
    ['MIT WITH foo', /unknown license exception `foo`/],
    ['Classpath-exception-2.0', /must follow WITH/],
    ['MIT Or ISC', /operator `Or`/],
    ['Foo-1.0', /unknown license identifier `Foo-1.0`/],
    ['LicenseRef-', /unknown license identifier/],
    ['MIT; rm -rf /', /unexpected characters/],
    ['"MIT"', /unexpected characters/],
  ])('rejects %j: %s', (raw, reason) => {
    expect(invalid(raw).reason).toMatch(reason);
  });

  it('rejects hostile input without throwing', () => {
    expect(invalid('MIT OR '.repeat(100_000) + 'MIT').reason).toMatch(/longer than/);
    expect(invalid('('.repeat(500) + 'MIT' + ')'.repeat(499)).valid).toBe(false);
    expect(invalid(null as unknown as string).reason).toMatch(/empty/);
    expect(invalid('__proto__').reason).toMatch(/unexpected characters/);
    expect(invalid('hasOwnProperty').reason).toMatch(/unknown license identifier/);
    expect(invalid('constructor').suggestion).toBeNull();
  });
});

describe('parseLicenseExpressionTree', () => {
  it('parses AND tighter than OR', () => {
    expect(parseLicenseExpressionTree('mit or isc and LicenseRef-a')).toEqual({
      kind: 'or',
      left: { kind: 'license', id: 'MIT', plus: false },
      right: { kind: 'and', left: { kind: 'license', id: 'ISC', plus: false }, right: { kind: 'license', id: 'LicenseRef-a', plus: false } },
    });
  });

  it('returns null for an invalid expression', () => {
    expect(parseLicenseExpressionTree('Apache 2')).toBeNull();
  });
});

describe('deprecatedReplacement', () => {
  it.each([
    ['GPL-2.0', 'GPL-2.0-only'],
    ['gpl-3.0', 'GPL-3.0-only'],
    ['GPL-2.0+', 'GPL-2.0-or-later'],
    ['LGPL-2.1+', 'LGPL-2.1-or-later'],
    ['GPL-2.0-only+', 'GPL-2.0-or-later'],
    ['AGPL-3.0', 'AGPL-3.0-only'],
    ['GFDL-1.3', 'GFDL-1.3-only'],
    ['GPL-2.0-with-classpath-exception', 'GPL-2.0-only WITH Classpath-exception-2.0'],
    ['wxWindows', 'LGPL-2.0-or-later WITH WxWindows-exception-3.1'],
    ['StandardML-NJ', 'SMLNJ'],
  ])('%s -> %s', (id, replacement) => {
    expect(deprecatedReplacement(id)).toBe(replacement);
    expect(checkLicenseExpression(replacement).valid).toBe(true);
  });

  it.each(['MIT', 'GPL-2.0-only', 'Apache-2.0+', 'Net-SNMP', 'Nonsense-1.0', ''])('has none for %j', (id) => {
    expect(deprecatedReplacement(id)).toBeNull();
  });
});

describe('isKnownLicenseId', () => {
  it('knows current and deprecated ids in any case, nothing else', () => {
    expect(isKnownLicenseId('EUPL-1.2')).toBe(true);
    expect(isKnownLicenseId('eupl-1.2')).toBe(true);
    expect(isKnownLicenseId('GPL-2.0')).toBe(true);
    expect(isKnownLicenseId('GPL-2.0+')).toBe(false);
    expect(isKnownLicenseId('Classpath-exception-2.0')).toBe(false);
    expect(isKnownLicenseId('toString')).toBe(false);
  });
});
