export * from './lib/auth/access.decorator';
export * from './lib/auth/access.guard';
export * from './lib/auth/current-actor.decorator';
export * from './lib/auth/request-actor';
export * from './lib/graphql/namespace.type';
export * from './lib/graphql/user.type';
export * from './lib/identity-adapters.module';
