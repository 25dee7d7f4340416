import type { Request } from 'express';
import { Actor, ANONYMOUS, IdentityError } from '@allmende/identity';

/** What the authentication middleware learned about a request. */
export interface RequestAuth {
  actor: Actor;
  /** Set when credentials were presented but are not valid: never fall back to anonymous. */
  error?: IdentityError;
}

const AUTH = Symbol('allmende.auth');

type WithAuth = Request & { [AUTH]?: RequestAuth };

export function setRequestAuth(request: Request, auth: RequestAuth): void {
  (request as WithAuth)[AUTH] = auth;
}

export function requestAuth(request: Request): RequestAuth {
  return (request as WithAuth)[AUTH] ?? { actor: ANONYMOUS };
}
