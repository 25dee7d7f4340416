import { presentedToken } from './authentication.middleware';

describe('presentedToken', () => {
  it('reads bearer tokens', () => {
    expect(presentedToken('Bearer almp_abc')).toBe('almp_abc');
    expect(presentedToken('bearer   almp_abc ')).toBe('almp_abc');
  });

  it('reads the password of basic auth, whatever the user name', () => {
    expect(presentedToken(`Basic ${Buffer.from('anyone:almp_abc').toString('base64')}`)).toBe('almp_abc');
    expect(presentedToken(`Basic ${Buffer.from(':almp_abc').toString('base64')}`)).toBe('almp_abc');
  });

  it.each(['Bearer', 'Bearer a b', 'Token abc', `Basic ${Buffer.from('user').toString('base64')}`, `Basic ${Buffer.from('user:').toString('base64')}`])(
    'refuses %p',
    (header) => {
      expect(presentedToken(header)).toBeUndefined();
    },
  );
});
