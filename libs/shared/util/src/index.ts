export * from './lib/clip';
export * from './lib/clock';
export * from './lib/domain.error';
export * from './lib/page';
export * from './lib/free-port';
