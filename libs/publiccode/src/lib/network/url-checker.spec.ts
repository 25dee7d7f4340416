import { createFetchUrlChecker } from './url-checker';

type FakeFetch = jest.Mock<Promise<Response>, [string, RequestInit?]>;

/** A resolver and a fetch that never leave the process; fetch records what it was asked. */
function fakes(dns: Record<string, string[]>, answers: Record<string, () => Response>) {
  const fetch: FakeFetch = jest.fn(async (url: string) => {
    const answer = answers[url];
    if (!answer) throw new TypeError('fetch failed', { cause: { code: 'ECONNREFUSED' } });
    return answer();
  });
  const resolve = async (host: string) => {
    if (!dns[host]) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' });
    return dns[host];
  };
  return { fetch, checker: createFetchUrlChecker({ resolve, fetch: fetch as unknown as typeof globalThis.fetch, timeoutMs: 1000 }) };
}

const PUBLIC = '93.184.215.14';

describe('createFetchUrlChecker', () => {
  it('fetches a public URL and reads at most the limit', async () => {
    const { checker } = fakes({ 'example.org': [PUBLIC] }, { 'https://example.org/big': () => new Response('x'.repeat(10_000), { headers: { 'content-type': 'text/plain' } }) });
    const response = await checker.get('https://example.org/big', { maxBytes: 100 });
    expect(response).toMatchObject({ ok: true, status: 200, contentType: 'text/plain', truncated: true });
    expect(response.ok && response.body.byteLength).toBe(100);
  });

  it.each([
    ['http://127.0.0.1/', 'is not on the public internet (127.0.0.1)'],
    ['http://[::1]:8080/', 'is not on the public internet (::1)'],
    ['http://169.254.169.254/latest/meta-data/', 'is not on the public internet (169.254.169.254)'],
    ['http://intranet.example/', 'is not on the public internet (10.0.0.7)'],
    ['http://split.example/', 'is not on the public internet (192.168.1.1)'],
    ['ftp://example.org/file', 'ftp URLs are not requested'],
    ['https://user:secret@example.org/', 'URLs with credentials are not requested'],
    ['https://nowhere.example/', 'cannot resolve nowhere.example: getaddrinfo ENOTFOUND nowhere.example'],
  ])('refuses %s without sending a request', async (url, error) => {
    const { fetch, checker } = fakes({ 'example.org': [PUBLIC], 'intranet.example': ['10.0.0.7'], 'split.example': [PUBLIC, '192.168.1.1'] }, {});
    const response = await checker.get(url);
    expect(response).toEqual({ ok: false, error: expect.stringContaining(error) });
    expect(fetch).not.toHaveBeenCalled();
  });

  it('follows redirects to public hosts only, checking each hop', async () => {
    const redirect = (location: string) => () => new Response(null, { status: 302, headers: { location } });
    const { fetch, checker } = fakes(
      { 'example.org': [PUBLIC], 'cdn.example.org': ['151.101.1.1'], 'localhost': ['127.0.0.1'] },
      {
        'https://example.org/logo.png': redirect('https://cdn.example.org/logo.png'),
        'https://cdn.example.org/logo.png': () => new Response('png'),
        'https://example.org/sneaky': redirect('http://localhost:6379/'),
        'https://example.org/loop': redirect('/loop'),
      },
    );
    expect(await checker.get('https://example.org/logo.png')).toMatchObject({ ok: true, url: 'https://cdn.example.org/logo.png', status: 200 });
    expect(await checker.get('https://example.org/sneaky')).toEqual({ ok: false, error: 'localhost is not on the public internet (127.0.0.1)' });
    expect(fetch.mock.calls.map(([url]) => url)).not.toContain('http://localhost:6379/');
    expect(await checker.get('https://example.org/loop')).toEqual({ ok: false, error: 'more than 5 redirects' });
    expect(fetch.mock.calls.every(([, init]) => init?.redirect === 'manual')).toBe(true);
  });

  it('reports network failures and time-outs as results, not exceptions', async () => {
    const { checker } = fakes({ 'example.org': [PUBLIC] }, {});
    expect(await checker.get('https://example.org/down')).toEqual({ ok: false, error: 'ECONNREFUSED' });
    const slow = createFetchUrlChecker({
      resolve: async () => [PUBLIC],
      timeoutMs: 20,
      fetch: ((_url: string, init?: RequestInit) =>
        new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))))) as typeof fetch,
    });
    expect(await slow.get('https://example.org/slow')).toEqual({ ok: false, error: 'timed out after 20 ms' });
  });
});
