export * from './lib/graphql-client';
export * from './lib/growth';
export * from './lib/query-counter';
export * from './lib/redis-prefix';
export * from './lib/test-database';
export * from './lib/yaml-work';
