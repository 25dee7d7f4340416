export * from './lib/data-source.factory';
export * from './lib/database.module';
export * from './lib/embedded-postgres.runtime';
export * from './lib/run-migrations';
export * from './lib/snake-naming.strategy';
export * from './lib/keyset-page';
export * from './lib/notifications/notification.listener';
export * from './lib/notifications/pg-notification.listener';
