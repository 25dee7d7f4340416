export * from './lib/graphql-client';
export * from './lib/query-counter';
export * from './lib/test-database';
export * from './lib/test-platform';
