import { canonicalLicenseId, isDeprecatedLicenseId } from './spdx-license-data';

/**
 * What the SPDX license list recommends instead of its deprecated ids. The GNU ids without
 * `-only`/`-or-later` meant "this version only", so that is what they become; a trailing `+`
 * meant "or later". The `-with-…-exception` ids became an expression with WITH.
 */
const REPLACEMENTS: Readonly<Record<string, string>> = {
  'AGPL-1.0': 'AGPL-1.0-only',
  'AGPL-3.0': 'AGPL-3.0-only',
  'BSD-2-Clause-FreeBSD': 'BSD-2-Clause-Views',
  'BSD-2-Clause-NetBSD': 'BSD-2-Clause',
  'GFDL-1.1': 'GFDL-1.1-only',
  'GFDL-1.2': 'GFDL-1.2-only',
  'GFDL-1.3': 'GFDL-1.3-only',
  'GPL-1.0': 'GPL-1.0-only',
  'GPL-2.0': 'GPL-2.0-only',
  'GPL-3.0': 'GPL-3.0-only',
  'LGPL-2.0': 'LGPL-2.0-only',
  'LGPL-2.1': 'LGPL-2.1-only',
  'LGPL-3.0': 'LGPL-3.0-only',
  'GPL-2.0-with-GCC-exception': 'GPL-2.0-only WITH GCC-exception-2.0',
  'GPL-2.0-with-autoconf-exception': 'GPL-2.0-only WITH Autoconf-exception-2.0',
  'GPL-2.0-with-bison-exception': 'GPL-2.0-or-later WITH Bison-exception-2.2',
  'GPL-2.0-with-classpath-exception': 'GPL-2.0-only WITH Classpath-exception-2.0',
  'GPL-2.0-with-font-exception': 'GPL-2.0-only WITH Font-exception-2.0',
  'GPL-3.0-with-GCC-exception': 'GPL-3.0-only WITH GCC-exception-3.1',
  'GPL-3.0-with-autoconf-exception': 'GPL-3.0-only WITH Autoconf-exception-3.0',
  Nunit: 'zlib-acknowledgement',
  'StandardML-NJ': 'SMLNJ',
  'bzip2-1.0.5': 'bzip2-1.0.6',
  'eCos-2.0': 'GPL-2.0-or-later WITH eCos-exception-2.0',
  wxWindows: 'LGPL-2.0-or-later WITH WxWindows-exception-3.1',
};

/**
 * The recommended replacement for a deprecated id, in any letter case, with or without a
 * trailing `+` (`GPL-2.0+` -> `GPL-2.0-or-later`). Null for ids that are not deprecated and
 * for `Net-SNMP`, which the list retired without a one-to-one successor.
 */
export function deprecatedReplacement(id: string): string | null {
  const plus = id.endsWith('+');
  const canonical = canonicalLicenseId(plus ? id.slice(0, -1) : id);
  if (canonical === null) return null;
  if (plus) return orLaterOf(canonical);
  if (!isDeprecatedLicenseId(canonical)) return null;
  return REPLACEMENTS[canonical] ?? null;
}

/** `GPL-2.0+` and `GPL-2.0-only+` are deprecated spellings of `GPL-2.0-or-later`; `MPL-1.1+` is fine. */
function orLaterOf(canonical: string): string | null {
  const base = canonical.replace(/-only$/, '');
  const orLater = canonicalLicenseId(`${base}-or-later`);
  return orLater !== null && (isDeprecatedLicenseId(canonical) || canonical.endsWith('-only')) ? orLater : null;
}

/** True when `id` (optionally with `+`) is one the SPDX list wants replaced. */
export function isDeprecatedUse(id: string, plus: boolean): boolean {
  return deprecatedReplacement(plus ? `${id}+` : id) !== null || isDeprecatedLicenseId(id);
}
