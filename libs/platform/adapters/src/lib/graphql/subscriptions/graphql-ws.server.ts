import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { CloseCode, handleProtocols, makeServer, Server as ProtocolServer } from 'graphql-ws';
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocket, WebSocketServer } from 'ws';
import { ALLMENDE_CONFIG, AllmendeConfig } from '@allmende/config';
import { graphqlWsOptions, SocketExtra } from './graphql-ws.options';
import { SubscriptionAuthenticator } from './subscription.authenticator';

const PATH = '/graphql';
/** Room for a subscribe message's envelope and variables, on top of its document. */
const MESSAGE_OVERHEAD_BYTES = 64 * 1024;
/** A connection that does not answer a ping within this time is dropped (its subscriptions with it). */
const KEEPALIVE_MS = 30_000;
/** How long clients get to answer the close frame at shutdown before their sockets are cut. */
const CLOSE_GRACE_MS = 2_000;
const GOING_AWAY = 1001;

/**
 * GraphQL subscriptions over WebSocket (the graphql-ws protocol) on the API's HTTP server,
 * at /graphql like the HTTP endpoint. Credentials travel in connection_init, never in
 * cookies, so a page on another origin cannot subscribe on a user's behalf.
 */
@Injectable()
export class GraphqlWsServer implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('GraphqlWs');
  private readonly answered = new WeakSet<WebSocket>();
  private sockets: WebSocketServer | null = null;
  private httpServer: Server | null = null;
  private keepalive: NodeJS.Timeout | undefined;

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly schemaHost: GraphQLSchemaHost,
    private readonly authenticator: SubscriptionAuthenticator,
    @Inject(ALLMENDE_CONFIG) private readonly config: AllmendeConfig,
  ) {}

  onApplicationBootstrap(): void {
    const protocol = makeServer(graphqlWsOptions(this.schemaHost.schema, this.config.graphql, this.authenticator));
    // JSON may spell a character of the document in up to six bytes (\uXXXX).
    const maxPayload = this.config.graphql.maxDocumentLength * 6 + MESSAGE_OVERHEAD_BYTES;
    const sockets = new WebSocketServer({ noServer: true, maxPayload, handleProtocols });
    sockets.on('connection', (socket: WebSocket, request: IncomingMessage) => this.serve(protocol, socket, request));
    this.sockets = sockets;
    this.httpServer = this.adapterHost.httpAdapter.getHttpServer() as Server;
    this.httpServer.on('upgrade', this.upgrade);
    this.keepalive = setInterval(() => this.probe(sockets), KEEPALIVE_MS);
  }

  /**
   * Closes every connection with 1001 (clients reconnect, to another replica) and takes no
   * new ones. Upgraded sockets are not the HTTP server's any more: its close() waits for
   * them and closeAllConnections() does not end them, so a drain must call this first.
   */
  async close(): Promise<void> {
    const sockets = this.sockets;
    if (!sockets) return;
    this.sockets = null;
    clearInterval(this.keepalive);
    this.httpServer?.off('upgrade', this.upgrade);
    const closed = [...sockets.clients].map((socket) => new Promise((resolve) => socket.once('close', resolve)));
    for (const socket of sockets.clients) socket.close(GOING_AWAY, 'server shutting down');
    const cut = setTimeout(() => sockets.clients.forEach((socket) => socket.terminate()), CLOSE_GRACE_MS);
    await Promise.all(closed);
    clearTimeout(cut);
    await new Promise((resolve) => sockets.close(resolve));
  }

  onApplicationShutdown(): Promise<void> {
    return this.close();
  }

  private readonly upgrade = (request: IncomingMessage, socket: Duplex, head: Buffer): void => {
    const sockets = this.sockets;
    if (!sockets || pathOf(request) !== PATH) return refuse(socket, 404, 'Not Found');
    sockets.handleUpgrade(request, socket, head, (client) => sockets.emit('connection', client, request));
  };

  private serve(protocol: ProtocolServer<SocketExtra>, socket: WebSocket, request: IncomingMessage): void {
    this.answered.add(socket);
    socket.on('pong', () => this.answered.add(socket));
    // ws closes the socket itself after such errors (oversized or malformed frames); they are the client's.
    socket.on('error', (error) => this.logger.debug(`WebSocket error: ${error.message}`));
    const closed = protocol.opened(
      {
        protocol: socket.protocol,
        send: (data) =>
          new Promise<void>((resolve, reject) => {
            if (socket.readyState !== WebSocket.OPEN) return resolve();
            socket.send(data, (error) => (error ? reject(error) : resolve()));
          }),
        close: (code, reason) => socket.close(code, reason),
        onMessage: (handle) =>
          socket.on('message', (data) => {
            handle(String(data)).catch((error: unknown) => {
              this.logger.error(`subscription message failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
              socket.close(CloseCode.InternalServerError, 'internal error');
            });
          }),
      },
      { socket, request },
    );
    socket.once('close', (code, reason) => {
      closed(code, reason.toString()).catch((error: unknown) => this.logger.error(`closing a subscription connection failed: ${String(error)}`));
    });
  }

  private probe(sockets: WebSocketServer): void {
    for (const socket of sockets.clients) {
      if (!this.answered.has(socket)) {
        socket.terminate();
        continue;
      }
      this.answered.delete(socket);
      socket.ping();
    }
  }
}

function pathOf(request: IncomingMessage): string | null {
  try {
    return new URL(request.url ?? '/', 'http://localhost').pathname;
  } catch {
    return null;
  }
}

/** Answers an upgrade that is not ours; left alone, the socket would stay open forever. */
function refuse(socket: Duplex, status: number, text: string): void {
  socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`, () => socket.destroy());
}
