import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';
import { RepositoryError } from '../repos.error';

/** Addresses a mirror must not reach unless the operator allows private networks (SSRF). */
const PRIVATE = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12],
  ['192.0.0.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['224.0.0.0', 4], ['240.0.0.0', 4],
] as const) {
  PRIVATE.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [['::', 128], ['::1', 128], ['fc00::', 7], ['fe80::', 10], ['ff00::', 8]] as const) {
  PRIVATE.addSubnet(network, prefix, 'ipv6');
}

export function isPrivateAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return PRIVATE.check(mapped[1], 'ipv4');
  const family = isIP(address);
  return family === 0 || PRIVATE.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

/** The syntactic rules for a mirror source: http(s), no credentials, no odd ports. */
export function parseMirrorUrl(raw: string): URL {
  const invalid = (reason: string) => RepositoryError.invalid(`mirrorOf ${reason}`, { field: 'mirrorOf' });
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw invalid('must be an http(s) URL');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw invalid('must use http or https');
  if (url.username || url.password) throw invalid('must not contain credentials');
  if (raw.length > 2000) throw invalid('is too long');
  return url;
}

export interface ResolvedMirror {
  url: URL;
  /** host:port:address, for git's http.curloptResolve: git connects where we checked. */
  pin: string;
}

/**
 * Resolves the host once and checks every address. The fetch is then pinned to the checked
 * address, so a DNS answer that changes in between (rebinding) cannot redirect it.
 */
export async function resolveMirror(raw: string, allowPrivateNetworks: boolean): Promise<ResolvedMirror> {
  const url = parseMirrorUrl(raw);
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const addresses = isIP(host) ? [{ address: host }] : await lookup(host, { all: true }).catch(() => []);
  if (addresses.length === 0) throw RepositoryError.invalid(`mirrorOf host ${host} does not resolve`, { field: 'mirrorOf' });
  if (!allowPrivateNetworks && addresses.some(({ address }) => isPrivateAddress(address))) {
    throw RepositoryError.invalid(`mirrorOf host ${host} is a private or loopback address`, { field: 'mirrorOf' });
  }
  const port = url.port || (url.protocol === 'https:' ? '443' : '80');
  const address = addresses[0].address;
  return { url, pin: `${url.hostname}:${port}:${isIP(address) === 6 ? `[${address}]` : address}` };
}
