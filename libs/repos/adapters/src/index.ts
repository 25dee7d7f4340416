export * from './lib/graphql/repository.type';
export * from './lib/repos-graphql.module';
export * from './lib/repos-jobs.module';
