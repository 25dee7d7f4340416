import { isPrivateAddress, parseMirrorUrl, resolveMirror } from './mirror-url';

describe('mirror URLs', () => {
  it.each(['127.0.0.1', '10.1.2.3', '172.20.0.1', '192.168.1.1', '169.254.169.254', '0.0.0.0', '100.64.0.1', '::1', 'fd00::1', 'fe80::1', '::ffff:127.0.0.1', 'not-an-ip'])(
    'treats %p as private',
    (address) => {
      expect(isPrivateAddress(address)).toBe(true);
    },
  );

  it.each(['93.184.216.34', '2606:2800:220:1:248:1893:25c8:1946', '::ffff:93.184.216.34'])('treats %p as public', (address) => {
    expect(isPrivateAddress(address)).toBe(false);
  });

  it.each(['ftp://example.org/x.git', 'file:///etc/passwd', 'ssh://git@example.org/x', 'https://user:secret@example.org/x.git', 'nonsense', `https://example.org/${'x'.repeat(2001)}`])(
    'refuses %p',
    (url) => {
      expect(() => parseMirrorUrl(url)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
    },
  );

  it('refuses loopback and metadata addresses unless private networks are allowed', async () => {
    for (const url of ['http://127.0.0.1:3000/git/a/b.git', 'http://[::1]/x.git', 'http://169.254.169.254/latest', 'http://localhost/x.git']) {
      await expect(resolveMirror(url, false)).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    }
    expect((await resolveMirror('http://127.0.0.1:3000/git/a/b.git', true)).pin).toBe('127.0.0.1:3000:127.0.0.1');
  });
});
