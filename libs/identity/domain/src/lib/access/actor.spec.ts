import { actsAsAdmin, ANONYMOUS, hasScope, UserPrincipal } from './actor';

const user = (overrides: Partial<UserPrincipal>): UserPrincipal => ({
  kind: 'user',
  userId: 'u',
  username: 'u',
  platformRoles: [],
  scopes: ['READ'],
  tokenId: 't',
  ...overrides,
});

describe('actor', () => {
  it('grants nothing to anonymous callers', () => {
    expect(hasScope(ANONYMOUS, 'READ')).toBe(false);
    expect(actsAsAdmin(ANONYMOUS)).toBe(false);
  });

  it('lets every scope read but only WRITE and ADMIN write', () => {
    expect(hasScope(user({ scopes: ['REVIEW'] }), 'READ')).toBe(true);
    expect(hasScope(user({ scopes: ['READ'] }), 'WRITE')).toBe(false);
    expect(hasScope(user({ scopes: ['REVIEW'] }), 'WRITE')).toBe(false);
    expect(hasScope(user({ scopes: ['ADMIN'] }), 'WRITE')).toBe(true);
  });

  it('needs both the ADMIN role and the ADMIN scope to act as admin', () => {
    expect(actsAsAdmin(user({ platformRoles: ['ADMIN'], scopes: ['READ', 'WRITE'] }))).toBe(false);
    expect(actsAsAdmin(user({ platformRoles: [], scopes: ['ADMIN'] }))).toBe(false);
    expect(actsAsAdmin(user({ platformRoles: ['ADMIN'], scopes: ['ADMIN'] }))).toBe(true);
  });
});
