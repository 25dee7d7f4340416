import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AccessPolicy, Actor, MemberRole, NamespaceService } from '@allmende/identity';
import { PageArgs, toConnection } from '@allmende/platform-adapters';
import { Public, RequireScope } from '../auth/access.decorator';
import { CurrentActor } from '../auth/current-actor.decorator';
import { MemberRoleEnum } from './identity.enums';
import { CreateNamespaceInput } from './identity.inputs';
import { MembershipConnection, MembershipType } from './membership.type';
import { NamespaceType } from './namespace.type';

@Resolver(() => NamespaceType)
export class NamespaceResolver {
  constructor(
    private readonly namespaces: NamespaceService,
    private readonly access: AccessPolicy,
  ) {}

  @Query(() => NamespaceType, { nullable: true })
  @Public()
  async namespace(@CurrentActor() actor: Actor, @Args('slug') slug: string): Promise<NamespaceType | null> {
    const namespace = await this.namespaces.findVisible(actor, slug);
    return namespace ? NamespaceType.from(namespace) : null;
  }

  @Mutation(() => NamespaceType)
  @RequireScope('WRITE')
  async createNamespace(@CurrentActor() actor: Actor, @Args('input') input: CreateNamespaceInput): Promise<NamespaceType> {
    return NamespaceType.from(await this.namespaces.create(actor, input));
  }

  @ResolveField(() => MembershipConnection)
  async members(@Parent() parent: NamespaceType, @Args() page: PageArgs) {
    // The parent was authorised by whichever field returned it.
    return toConnection(await this.namespaces.members(parent, page), MembershipType.from);
  }

  @ResolveField(() => MemberRoleEnum, { nullable: true, description: "The caller's role in this namespace." })
  viewerRole(@Parent() parent: NamespaceType, @CurrentActor() actor: Actor): Promise<MemberRole | null> {
    return this.access.roleIn(actor, parent.id);
  }
}
