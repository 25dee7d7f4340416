import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { AccessTokenService, Actor } from '@allmende/identity';
import { RequireScope } from '../auth/access.decorator';
import { CurrentActor } from '../auth/current-actor.decorator';
import { AccessTokenType, CreatedAccessTokenType } from './access-token.type';
import { CreateAccessTokenInput } from './identity.inputs';

@Resolver()
export class AccessTokenResolver {
  constructor(private readonly tokens: AccessTokenService) {}

  @Mutation(() => CreatedAccessTokenType)
  @RequireScope('WRITE')
  async createAccessToken(
    @CurrentActor() actor: Actor,
    @Args('input') input: CreateAccessTokenInput,
  ): Promise<CreatedAccessTokenType> {
    const created = await this.tokens.create(actor, input);
    return { token: created.token, accessToken: AccessTokenType.from(created.accessToken) };
  }

  @Mutation(() => Boolean)
  @RequireScope('WRITE')
  revokeAccessToken(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<boolean> {
    return this.tokens.revoke(actor, id);
  }
}
