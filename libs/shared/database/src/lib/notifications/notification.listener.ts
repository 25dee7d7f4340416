export interface NotificationHandler {
  /** A payload sent on the channel, in the order PostgreSQL delivers them. */
  notification(payload: string): void;
  /** The connection was lost and is listening again: notifications sent since `lostAt` may be missing. */
  resumed(lostAt: Date): void;
}

/** PostgreSQL LISTEN behind a seam, so what reacts to notifications is testable without a database. */
export abstract class NotificationListener {
  /**
   * Resolves once notifications on the channel reach the handler, and rejects when no
   * connection can be made in time. The returned function stops the delivery.
   */
  abstract listen(channel: string, handler: NotificationHandler): Promise<() => void>;
}
