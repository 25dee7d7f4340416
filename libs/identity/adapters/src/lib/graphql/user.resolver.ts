import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AccessTokenService, Actor, seesEverything, UserService } from '@allmende/identity';
import { Public, RequireScope } from '../auth/access.decorator';
import { CurrentActor } from '../auth/current-actor.decorator';
import { AccessTokenType } from './access-token.type';
import { CreateUserInput } from './identity.inputs';
import { UserType } from './user.type';

@Resolver(() => UserType)
export class UserResolver {
  constructor(
    private readonly users: UserService,
    private readonly tokens: AccessTokenService,
  ) {}

  @Query(() => UserType, { nullable: true, description: 'The signed-in user; null for anonymous callers.' })
  @Public()
  async me(@CurrentActor() actor: Actor): Promise<UserType | null> {
    if (actor.kind !== 'user') return null;
    const user = await this.users.findById(actor.userId);
    return user ? UserType.from(user) : null;
  }

  @Mutation(() => UserType)
  @RequireScope('ADMIN')
  async createUser(@CurrentActor() actor: Actor, @Args('input') input: CreateUserInput): Promise<UserType> {
    return UserType.from(await this.users.create(actor, input));
  }

  @ResolveField(() => String, { nullable: true, description: 'Visible to the user and to administrators.' })
  email(@Parent() user: UserType, @CurrentActor() actor: Actor): string | null {
    return isSelfOrAdmin(actor, user) ? user.privateEmail : null;
  }

  @ResolveField(() => [AccessTokenType], { description: "The user's own tokens; empty for everyone else." })
  async accessTokens(@Parent() user: UserType, @CurrentActor() actor: Actor): Promise<AccessTokenType[]> {
    if (actor.kind !== 'user' || actor.userId !== user.id) return [];
    return (await this.tokens.listOwn(actor)).map(AccessTokenType.from);
  }
}

function isSelfOrAdmin(actor: Actor, user: UserType): boolean {
  return actor.kind === 'user' && (actor.userId === user.id || seesEverything(actor));
}
