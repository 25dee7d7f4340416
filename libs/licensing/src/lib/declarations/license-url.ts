import { canonicalLicenseId } from './spdx-license-data';

/**
 * Well-known license URLs, as Maven and old NuGet packages give them instead of an id. Only
 * addresses that name one license version; a GNU URL does not say "or later", so it maps to
 * the `-only` id like every bare GNU version in this library.
 */
const KNOWN: ReadonlyArray<readonly [RegExp, string]> = [
  [/^apache\.org\/licenses\/license-2\.0$/, 'Apache-2.0'],
  [/^gnu\.org\/licenses\/gpl-3\.0$/, 'GPL-3.0-only'],
  [/^gnu\.org\/licenses\/lgpl-3\.0$/, 'LGPL-3.0-only'],
  [/^gnu\.org\/licenses\/agpl-3\.0$/, 'AGPL-3.0-only'],
  [/^gnu\.org\/licenses\/old-licenses\/gpl-2\.0$/, 'GPL-2.0-only'],
  [/^gnu\.org\/licenses\/old-licenses\/lgpl-2\.1$/, 'LGPL-2.1-only'],
  [/^eclipse\.org\/legal\/epl-2\.0$/, 'EPL-2.0'],
  [/^eclipse\.org\/legal\/epl-v10$/, 'EPL-1.0'],
  [/^mozilla\.org\/mpl\/2\.0$/, 'MPL-2.0'],
  [/^mit-license\.org$/, 'MIT'],
];

const ID_IN_PATH = /^(?:opensource\.org\/licenses?|spdx\.org\/licenses)\/([a-z0-9.+-]+)$/;

export function licenseIdFromUrl(url: string): string | null {
  const key = url
    .trim()
    .toLowerCase()
    .replace(/^[a-z]+:\/\//, '')
    .replace(/^www\./, '')
    .replace(/[?#].*$/, '')
    .replace(/\/+$/, '')
    .replace(/\.(?:txt|html?|php|md)$/, '');
  const nuget = /^licenses\.nuget\.org\/(.+)$/.exec(key);
  if (nuget) return decode(url.trim().replace(/^[a-z]+:\/\/(?:www\.)?licenses\.nuget\.org\//i, ''));
  for (const [pattern, id] of KNOWN) if (pattern.test(key)) return id;
  const named = ID_IN_PATH.exec(key);
  return named ? canonicalLicenseId(named[1].replace(/-license$/, '')) : null;
}

/** licenses.nuget.org carries the expression itself, URL-encoded. */
function decode(path: string): string | null {
  try {
    return decodeURIComponent(path.replace(/\/+$/, ''));
  } catch {
    return null;
  }
}
