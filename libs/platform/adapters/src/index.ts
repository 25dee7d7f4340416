export * from './lib/graphql/connection.type';
export * from './lib/graphql/format-graphql-error';
export * from './lib/graphql/graphql-api.module';
export * from './lib/graphql/query-limits';
export * from './lib/ops/json.logger';
export * from './lib/ops/metrics.service';
export * from './lib/ops/ops.module';
