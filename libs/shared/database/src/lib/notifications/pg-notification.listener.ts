import { Logger, OnApplicationShutdown } from '@nestjs/common';
import { Client } from 'pg';
import { NotificationHandler, NotificationListener } from './notification.listener';

export interface PgListenerOptions {
  url: string;
  applicationName?: string;
  /** First wait before reconnecting; it doubles per failed attempt up to maxBackoffMs. */
  minBackoffMs?: number;
  maxBackoffMs?: number;
  /** How long listen() waits for a connection while the database is unreachable. */
  connectTimeoutMs?: number;
  /** How often the connection is probed: a server that vanished without closing the socket is only noticed by asking. */
  heartbeatMs?: number;
}

const CHANNEL_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * One dedicated connection per process that LISTENs on every channel asked for and hands
 * each notification to the handlers in this process. It is made on the first listen(), so
 * processes that never listen hold no extra connection. A lost connection is made again
 * with exponential backoff, and the handlers learn since when they may have missed something.
 */
export class PgNotificationListener extends NotificationListener implements OnApplicationShutdown {
  private readonly logger = new Logger('PgNotificationListener');
  private readonly handlers = new Map<string, Set<NotificationHandler>>();
  private readonly options: Required<PgListenerOptions>;
  /** Runs SQL on the live connection, one statement at a time; null while there is none. */
  private query: ((sql: string) => Promise<unknown>) | null = null;
  private listening = new Set<string>();
  private loop: Promise<void> | null = null;
  private lostAt: Date | null = null;
  private closed = false;
  private readonly connectedWaiters = new Set<() => void>();
  private wakeUp: (() => void) | null = null;
  private dropConnection: (() => void) | null = null;

  constructor(options: PgListenerOptions) {
    super();
    this.options = { applicationName: 'allmende-listen', minBackoffMs: 250, maxBackoffMs: 30_000, connectTimeoutMs: 10_000, heartbeatMs: 30_000, ...options };
  }

  async listen(channel: string, handler: NotificationHandler): Promise<() => void> {
    if (!CHANNEL_NAME.test(channel)) throw new Error(`invalid channel name "${channel}"`);
    const handlers = this.handlers.get(channel) ?? new Set();
    this.handlers.set(channel, handlers.add(handler));
    const stop = () => void handlers.delete(handler);
    try {
      await this.listenOn(channel, Date.now() + this.options.connectTimeoutMs);
    } catch (error) {
      stop();
      throw error;
    }
    return stop;
  }

  async onApplicationShutdown(): Promise<void> {
    this.closed = true;
    this.wakeUp?.();
    this.dropConnection?.();
    for (const waiter of [...this.connectedWaiters]) waiter();
    await this.loop;
  }

  private async listenOn(channel: string, deadline: number): Promise<void> {
    this.loop ??= this.run();
    for (;;) {
      if (this.closed) throw new Error('the notification listener is closed');
      const query = this.query;
      if (query && this.listening.has(channel)) return;
      if (query) {
        try {
          await query(`LISTEN "${channel}"`);
          if (this.query === query) this.listening.add(channel);
          continue;
        } catch {
          // A connection that cannot LISTEN is of no use: the next one LISTENs on every channel with handlers.
          if (this.query === query) this.dropConnection?.();
        }
      }
      if (!(await this.nextConnection(deadline - Date.now()))) {
        throw new Error(`no database connection to LISTEN on within ${this.options.connectTimeoutMs} ms`);
      }
    }
  }

  /** Waits for a connection to be established, at most `timeoutMs`; false when none was. */
  private nextConnection(timeoutMs: number): Promise<boolean> {
    if (timeoutMs <= 0) return Promise.resolve(false);
    return new Promise((resolve) => {
      const waiter = () => {
        clearTimeout(timer);
        this.connectedWaiters.delete(waiter);
        resolve(this.query !== null);
      };
      const timer = setTimeout(waiter, timeoutMs);
      this.connectedWaiters.add(waiter);
    });
  }

  private async run(): Promise<void> {
    for (let attempt = 0; !this.closed; attempt++) {
      if (await this.connectAndServe()) attempt = 0;
      if (this.closed) return;
      this.lostAt ??= new Date();
      await this.pause(this.backoff(attempt));
    }
  }

  /** One connection's life, until it is lost; true when it was established. */
  private async connectAndServe(): Promise<boolean> {
    const client = new Client({
      connectionString: this.options.url,
      application_name: this.options.applicationName,
      keepAlive: true,
      connectionTimeoutMillis: 5_000,
      // A heartbeat unanswered for a heartbeat's interval means the server is gone.
      query_timeout: Math.max(1_000, this.options.heartbeatMs),
    });
    let drop!: (error?: Error) => void;
    const lost = new Promise<Error | undefined>((resolve) => (drop = resolve));
    client.on('error', drop);
    client.once('end', () => drop());
    client.on('notification', (message) => this.deliver(message.channel, (handler) => handler.notification(message.payload ?? '')));
    this.dropConnection = () => drop();
    // pg queues concurrent queries, but that is deprecated: heartbeats and LISTENs take turns here.
    let previous: Promise<unknown> = Promise.resolve();
    const query = (sql: string): Promise<unknown> => {
      const result = previous.then(() => client.query(sql));
      previous = result.catch(() => undefined);
      return result;
    };
    let heartbeat: NodeJS.Timeout | undefined;
    /** The last time the connection was known to deliver; null until it is established. */
    let aliveAt: Date | null = null;
    try {
      await client.connect();
      const channels = [...this.handlers.keys()];
      for (const channel of channels) await query(`LISTEN "${channel}"`);
      aliveAt = new Date();
      this.query = query;
      this.listening = new Set(channels);
      // PostgreSQL sends notifications before the answer to a later query: once SELECT 1 returns,
      // everything committed before it was asked has arrived.
      let beating = false;
      heartbeat = setInterval(() => {
        if (beating) return;
        beating = true;
        const askedAt = new Date();
        query('SELECT 1').then(() => {
          aliveAt = askedAt;
          beating = false;
        }, drop);
      }, this.options.heartbeatMs);
      this.announceConnected();
      const error = await lost;
      if (!this.closed) this.logger.warn(`LISTEN connection lost: ${error?.message ?? 'closed by the server'}`);
    } catch (error) {
      if (!this.closed) this.logger.warn(`LISTEN connection failed: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      clearInterval(heartbeat);
      // Not when the loss was noticed (a vanished server is noticed late) but the last time the connection was known to work.
      if (aliveAt) this.lostAt ??= aliveAt;
      this.dropConnection = null;
      if (this.query === query) this.query = null;
      this.listening = new Set();
      // Not awaited: end() on a connection whose server vanished waits for a socket that never closes.
      void client.end().catch(() => undefined);
    }
    return aliveAt !== null;
  }

  private announceConnected(): void {
    for (const waiter of [...this.connectedWaiters]) waiter();
    const lostAt = this.lostAt;
    this.lostAt = null;
    if (!lostAt) return;
    this.logger.log(`listening again; the connection was lost at ${lostAt.toISOString()}`);
    for (const channel of this.handlers.keys()) this.deliver(channel, (handler) => handler.resumed(lostAt));
  }

  /** One failing handler must neither starve the others nor break the connection. */
  private deliver(channel: string, call: (handler: NotificationHandler) => void): void {
    for (const handler of this.handlers.get(channel) ?? []) {
      try {
        call(handler);
      } catch (error) {
        this.logger.error(`handler of ${channel} failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  }

  /** Exponential with jitter, so replicas that lost the database together do not return in step. */
  private backoff(attempt: number): number {
    const ceiling = Math.min(this.options.maxBackoffMs, this.options.minBackoffMs * 2 ** Math.min(attempt, 20));
    return ceiling / 2 + Math.random() * (ceiling / 2);
  }

  private pause(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => this.wakeUp?.(), ms);
      this.wakeUp = () => {
        clearTimeout(timer);
        this.wakeUp = null;
        resolve();
      };
    });
  }
}
