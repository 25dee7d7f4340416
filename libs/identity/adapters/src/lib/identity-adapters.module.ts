import { MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { IdentityModule } from '@allmende/identity';
import { AccessGuard } from './auth/access.guard';
import { AuthenticationMiddleware } from './auth/authentication.middleware';
import { InvalidCredentialsPlugin } from './auth/invalid-credentials.plugin';
import { AccessTokenResolver } from './graphql/access-token.resolver';
import { MembershipResolver } from './graphql/membership.resolver';
import { NamespaceResolver } from './graphql/namespace.resolver';
import { UserResolver } from './graphql/user.resolver';

@Module({
  imports: [IdentityModule],
  providers: [
    { provide: APP_GUARD, useClass: AccessGuard },
    InvalidCredentialsPlugin,
    AccessTokenResolver,
    MembershipResolver,
    NamespaceResolver,
    UserResolver,
  ],
})
export class IdentityAdaptersModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(AuthenticationMiddleware).forRoutes('*path');
  }
}
