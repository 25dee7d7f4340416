export * from './lib/allmende-config';
export * from './lib/config.error';
export * from './lib/config.module';
export * from './lib/load-config';
