import type { IncomingMessage } from 'node:http';
import { Actor, ANONYMOUS, IdentityError } from '@allmende/identity';

/** What the authentication middleware learned about a request. */
export interface RequestAuth {
  actor: Actor;
  /** Set when credentials were presented but are not valid: never fall back to anonymous. */
  error?: IdentityError;
}

const AUTH = Symbol('allmende.auth');

// The request of a WebSocket upgrade carries the auth of its connection too, so a plain
// IncomingMessage is enough here.
type WithAuth = IncomingMessage & { [AUTH]?: RequestAuth };

export function setRequestAuth(request: IncomingMessage, auth: RequestAuth): void {
  (request as WithAuth)[AUTH] = auth;
}

export function requestAuth(request: IncomingMessage): RequestAuth {
  return (request as WithAuth)[AUTH] ?? { actor: ANONYMOUS };
}
