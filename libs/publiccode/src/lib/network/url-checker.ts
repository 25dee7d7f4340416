import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { isPublicAddress } from './public-address';

/** What a GET brought back. `body` holds at most the requested number of bytes. */
export type UrlResponse =
  | { ok: true; url: string; status: number; contentType: string | null; body: Uint8Array; truncated: boolean }
  | { ok: false; error: string };

/** The network as the online checks see it; tests and workers pass their own. Never throws. */
export interface UrlChecker {
  get(url: string, limits?: { maxBytes?: number }): Promise<UrlResponse>;
}

export interface FetchUrlCheckerOptions {
  /** For the whole request, redirects included. Default 10 s. */
  timeoutMs?: number;
  /** Bytes of a body that are read; the rest is not downloaded. Default 2 MiB. */
  maxBytes?: number;
  maxRedirects?: number;
  /** Every address a host name resolves to. Default: the system resolver. */
  resolve?: (hostname: string) => Promise<string[]>;
  fetch?: typeof fetch;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

async function systemResolve(hostname: string): Promise<string[]> {
  return (await lookup(hostname, { all: true, verbatim: true })).map((entry) => entry.address);
}

/**
 * A UrlChecker on fetch that only talks to the public internet: before each request, and again
 * before following each redirect, the host name is resolved and every address it has must be
 * public (no loopback, private, link-local or reserved ranges, no cloud metadata address).
 * fetch resolves the name once more when it connects, so a resolver that answers differently
 * within milliseconds (DNS rebinding) is not excluded by this check alone.
 */
export function createFetchUrlChecker(options: FetchUrlCheckerOptions = {}): UrlChecker {
  const timeoutMs = options.timeoutMs ?? 10_000;
  const maxRedirects = options.maxRedirects ?? 5;
  const resolve = options.resolve ?? systemResolve;
  const fetchImpl = options.fetch ?? fetch;

  return {
    async get(url, limits) {
      const maxBytes = limits?.maxBytes ?? options.maxBytes ?? 2 * 1024 * 1024;
      const signal = AbortSignal.timeout(timeoutMs);
      try {
        let current = url;
        for (let redirects = 0; ; redirects += 1) {
          const refusal = await refusalOf(current, resolve);
          if (refusal) return { ok: false, error: refusal };
          const response = await fetchImpl(current, { redirect: 'manual', signal, headers: { 'user-agent': 'Allmende publiccode validator' } });
          const location = response.headers.get('location');
          if (REDIRECTS.has(response.status) && location) {
            await response.body?.cancel();
            if (redirects >= maxRedirects) return { ok: false, error: `more than ${maxRedirects} redirects` };
            current = new URL(location, current).href;
            continue;
          }
          const { body, truncated } = await readAtMost(response, maxBytes);
          return { ok: true, url: current, status: response.status, contentType: response.headers.get('content-type'), body, truncated };
        }
      } catch (error) {
        if (signal.aborted) return { ok: false, error: `timed out after ${timeoutMs} ms` };
        return { ok: false, error: describe(error) };
      }
    },
  };
}

/** Why a URL must not be requested, or null. */
async function refusalOf(raw: string, resolve: (hostname: string) => Promise<string[]>): Promise<string | null> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'not a valid URL';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return `${url.protocol.slice(0, -1)} URLs are not requested`;
  if (url.username || url.password) return 'URLs with credentials are not requested';
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  let addresses: string[];
  try {
    addresses = isIP(host) ? [host] : await resolve(host);
  } catch (error) {
    return `cannot resolve ${host}: ${describe(error)}`;
  }
  if (addresses.length === 0) return `cannot resolve ${host}`;
  const blocked = addresses.find((address) => !isPublicAddress(address));
  return blocked === undefined ? null : `${host} is not on the public internet (${blocked})`;
}

async function readAtMost(response: Response, maxBytes: number): Promise<{ body: Uint8Array; truncated: boolean }> {
  const chunks: Uint8Array[] = [];
  let length = 0;
  const reader = response.body?.getReader();
  if (!reader) return { body: new Uint8Array(), truncated: false };
  while (length < maxBytes) {
    const { done, value } = await reader.read();
    if (done) return { body: concat(chunks, length), truncated: false };
    chunks.push(value);
    length += value.byteLength;
  }
  await reader.cancel();
  return { body: concat(chunks, length).subarray(0, maxBytes), truncated: true };
}

function concat(chunks: Uint8Array[], length: number): Uint8Array {
  const body = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

function describe(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } })?.cause;
  if (cause?.code) return cause.code;
  return error instanceof Error ? error.message : String(error);
}
