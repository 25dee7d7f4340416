/** The parts of a URL that the publiccode.yml rules look at, split the way Go's net/url splits them. */
export interface UrlParts {
  scheme: string;
  /** Set when the scheme is followed by something other than `/` (`urn:x-italian-pa:pcm`, `mailto:a@b`). */
  opaque: string;
  host: string;
  path: string;
  fragment: string;
}

const SCHEME = /^([A-Za-z][A-Za-z0-9+.-]*):/;
const CONTROL = /[\u0000-\u001f\u007f]/;
const BAD_ESCAPE = /%(?![0-9A-Fa-f]{2})/;
const HOST = /^(?:\[[0-9A-Fa-f:.]+\]|[^\s/?#@[\]]*)(?::[0-9]*)?$/;

/**
 * Splits like `url.Parse` (`forRequest`: like `url.ParseRequestURI`, which keeps no fragment
 * and refuses relative references). Null where Go reports an error: control characters, bad
 * `%` escapes, a host that cannot be one, a relative reference whose first segment has a colon.
 */
export function parseUrl(raw: string, forRequest = false): UrlParts | null {
  if (CONTROL.test(raw) || (forRequest && raw === '')) return null;
  let rest = raw;
  let fragment = '';
  if (!forRequest) {
    const hash = rest.indexOf('#');
    if (hash >= 0) [rest, fragment] = [rest.slice(0, hash), rest.slice(hash + 1)];
  }
  if (BAD_ESCAPE.test(rest) || BAD_ESCAPE.test(fragment)) return null;
  if (rest.startsWith(':')) return null;
  const scheme = SCHEME.exec(rest)?.[1].toLowerCase() ?? '';
  if (scheme) rest = rest.slice(scheme.length + 1);
  const query = rest.indexOf('?');
  if (query >= 0) rest = rest.slice(0, query);
  const parts: UrlParts = { scheme, opaque: '', host: '', path: '', fragment };
  if (!rest.startsWith('/')) {
    if (scheme) return { ...parts, opaque: rest };
    if (forRequest) return null;
    const firstSegment = rest.split('/')[0];
    return firstSegment.includes(':') ? null : { ...parts, path: rest };
  }
  if (rest.startsWith('//') && !rest.startsWith('///')) {
    const authority = rest.slice(2).split('/')[0];
    const host = authority.slice(authority.lastIndexOf('@') + 1);
    if (!HOST.test(host)) return null;
    return { ...parts, host, path: rest.slice(2 + authority.length) };
  }
  return { ...parts, path: rest };
}

/** go-playground's `url`: a scheme and something to point at (host, opaque part or fragment). */
export function isUrl(raw: string): boolean {
  if (raw === '') return false;
  const url = parseUrl(raw.toLowerCase());
  if (url === null || url.scheme === '') return false;
  if (url.scheme === 'file') return url.path !== '' && url.path !== '/';
  return url.host !== '' || url.fragment !== '' || url.opaque !== '';
}

/** go-playground's `http_url`: an http or https URL with a host. */
export function isHttpUrl(raw: string): boolean {
  if (!isUrl(raw)) return false;
  const url = parseUrl(raw.toLowerCase());
  return url !== null && url.host !== '' && (url.scheme === 'http' || url.scheme === 'https');
}

/** An absolute URL, as opposed to a relative path such as `img/logo.png`. */
export function isAbsoluteUrl(raw: string): boolean {
  const url = parseUrl(raw, true);
  return url !== null && url.scheme !== '';
}

/** RFC 2141: `urn:` NID `:` NSS, the NID not being `urn` itself. */
export function isUrn(raw: string): boolean {
  const match = /^urn:([A-Za-z0-9][A-Za-z0-9-]{0,31}):((?:[A-Za-z0-9()+,\-.:=@;$_!*']|%[0-9A-Fa-f]{2})+)$/i.exec(raw);
  return match !== null && match[1].toLowerCase() !== 'urn';
}
