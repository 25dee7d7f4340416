import type { IncomingMessage } from 'node:http';

export type ConnectionVerdict = { accepted: true } | { accepted: false; reason: string };

/**
 * Decides once per WebSocket connection, on `connection_init`, whom it acts for, with the
 * same token verification as HTTP requests. Implemented by the identity context, which
 * depends on this library; bound where the platform is composed.
 */
export abstract class SubscriptionAuthenticator {
  /**
   * Accepts anonymous connections and valid credentials, recording the actor on the
   * connection's upgrade request, where resolvers read it as they do on HTTP requests.
   */
  abstract authenticate(request: IncomingMessage, connectionParams: Readonly<Record<string, unknown>> | undefined): Promise<ConnectionVerdict>;
}
