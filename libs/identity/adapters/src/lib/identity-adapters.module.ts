import { MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { IdentityModule } from '@allmende/identity';
import { SubscriptionAuthenticator } from '@allmende/platform-adapters';
import { AccessGuard } from './auth/access.guard';
import { AuthenticationMiddleware } from './auth/authentication.middleware';
import { InvalidCredentialsPlugin } from './auth/invalid-credentials.plugin';
import { TokenSubscriptionAuthenticator } from './auth/token-subscription.authenticator';
import { AccessTokenResolver } from './graphql/access-token.resolver';
import { MembershipResolver } from './graphql/membership.resolver';
import { NamespaceResolver } from './graphql/namespace.resolver';
import { UserResolver } from './graphql/user.resolver';

@Module({
  imports: [IdentityModule],
  providers: [
    { provide: APP_GUARD, useClass: AccessGuard },
    InvalidCredentialsPlugin,
    { provide: SubscriptionAuthenticator, useClass: TokenSubscriptionAuthenticator },
    AccessTokenResolver,
    MembershipResolver,
    NamespaceResolver,
    UserResolver,
  ],
  exports: [SubscriptionAuthenticator],
})
export class IdentityAdaptersModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(AuthenticationMiddleware).forRoutes('*path');
  }
}
