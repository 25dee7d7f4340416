import type { TokenScope } from '../access-token/access-token.entity';
import type { PlatformRoleName } from '../user/user.entity';

export interface UserPrincipal {
  kind: 'user';
  userId: string;
  username: string;
  platformRoles: readonly PlatformRoleName[];
  scopes: readonly TokenScope[];
  tokenId: string;
}

export interface Anonymous {
  kind: 'anonymous';
}

/** Whoever makes a request: a user acting through one access token, or nobody. */
export type Actor = UserPrincipal | Anonymous;

export const ANONYMOUS: Anonymous = { kind: 'anonymous' };

/** What each scope grants: every scope can read, ADMIN can do everything a token can. */
const SCOPE_GRANTS: Record<TokenScope, readonly TokenScope[]> = {
  READ: ['READ'],
  WRITE: ['WRITE', 'READ'],
  REVIEW: ['REVIEW', 'READ'],
  ADMIN: ['ADMIN', 'REVIEW', 'WRITE', 'READ'],
};

export function hasScope(actor: Actor, scope: TokenScope): boolean {
  return actor.kind === 'user' && actor.scopes.some((granted) => SCOPE_GRANTS[granted].includes(scope));
}

export function hasPlatformRole(actor: Actor, role: PlatformRoleName): boolean {
  return actor.kind === 'user' && actor.platformRoles.includes(role);
}

/** Admin powers need both the role and a token that was given the ADMIN scope. */
export function actsAsAdmin(actor: Actor): actor is UserPrincipal {
  return hasPlatformRole(actor, 'ADMIN') && hasScope(actor, 'ADMIN');
}

/** Admins see everything; a read-only token of an admin still reads everything. */
export function seesEverything(actor: Actor): boolean {
  return hasPlatformRole(actor, 'ADMIN');
}
