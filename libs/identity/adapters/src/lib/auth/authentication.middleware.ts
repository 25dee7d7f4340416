import { Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { AccessTokenService, ANONYMOUS, IdentityError } from '@allmende/identity';
import { RequestAuth, setRequestAuth } from './request-actor';

/**
 * Resolves `Authorization: Bearer <token>` (API) or HTTP basic auth with the token as
 * password (git clients) to an actor. Failures are recorded, not thrown, so each protocol
 * answers in its own way (GraphQL error, 401 with WWW-Authenticate).
 */
@Injectable()
export class AuthenticationMiddleware implements NestMiddleware {
  constructor(private readonly tokens: AccessTokenService) {}

  async use(request: Request, _response: Response, next: NextFunction): Promise<void> {
    try {
      setRequestAuth(request, await authenticateHeader(this.tokens, request.headers.authorization));
    } catch (error) {
      return next(error);
    }
    next();
  }
}

/**
 * The one verification of presented credentials, for HTTP headers and the connection_init
 * payload of WebSocket connections alike. Only failures other than bad credentials throw.
 */
export async function authenticateHeader(tokens: AccessTokenService, header: string | undefined): Promise<RequestAuth> {
  if (!header) return { actor: ANONYMOUS };
  const presented = presentedToken(header);
  if (presented === undefined) {
    return { actor: ANONYMOUS, error: IdentityError.unauthenticated('Authorization header must be "Bearer <access token>"') };
  }
  try {
    return { actor: await tokens.authenticate(presented) };
  } catch (error) {
    if (!(error instanceof IdentityError)) throw error;
    return { actor: ANONYMOUS, error };
  }
}

export function presentedToken(header: string): string | undefined {
  const [scheme, value, extra] = header.trim().split(/\s+/);
  if (!value || extra !== undefined) return undefined;
  if (scheme.toLowerCase() === 'bearer') return value;
  if (scheme.toLowerCase() === 'basic') {
    const decoded = Buffer.from(value, 'base64').toString('utf8');
    const separator = decoded.indexOf(':');
    return separator >= 0 && separator < decoded.length - 1 ? decoded.slice(separator + 1) : undefined;
  }
  return undefined;
}
