import { Injectable } from '@nestjs/common';
import type { IncomingMessage } from 'node:http';
import { AccessTokenService } from '@allmende/identity';
import { ConnectionVerdict, SubscriptionAuthenticator } from '@allmende/platform-adapters';
import { authenticateHeader } from './authentication.middleware';
import { setRequestAuth } from './request-actor';

/**
 * `connection_init` payload `{ authorization: 'Bearer <token>' }`, verified as the HTTP header
 * is. No payload means anonymous; invalid credentials refuse the connection instead of
 * falling back to anonymous, as they fail every HTTP request.
 */
@Injectable()
export class TokenSubscriptionAuthenticator extends SubscriptionAuthenticator {
  constructor(private readonly tokens: AccessTokenService) {
    super();
  }

  async authenticate(request: IncomingMessage, connectionParams: Readonly<Record<string, unknown>> | undefined): Promise<ConnectionVerdict> {
    const header = connectionParams?.authorization;
    if (header !== undefined && typeof header !== 'string') return { accepted: false, reason: 'authorization must be "Bearer <access token>"' };
    const auth = await authenticateHeader(this.tokens, header);
    if (auth.error) return { accepted: false, reason: auth.error.message };
    setRequestAuth(request, auth);
    return { accepted: true };
  }
}
