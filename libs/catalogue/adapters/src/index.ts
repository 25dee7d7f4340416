export * from './lib/catalogue-graphql.module';
