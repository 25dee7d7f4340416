import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Actor, MembershipService } from '@allmende/identity';
import { RequireScope } from '../auth/access.decorator';
import { CurrentActor } from '../auth/current-actor.decorator';
import { AddMemberInput, RemoveMemberInput } from './identity.inputs';
import { MembershipType } from './membership.type';

@Resolver(() => MembershipType)
export class MembershipResolver {
  constructor(private readonly memberships: MembershipService) {}

  @Mutation(() => MembershipType, { description: "Adds a member, or changes an existing member's role." })
  @RequireScope('WRITE')
  async addMember(@CurrentActor() actor: Actor, @Args('input') input: AddMemberInput): Promise<MembershipType> {
    return MembershipType.from(await this.memberships.addMember(actor, input));
  }

  @Mutation(() => Boolean)
  @RequireScope('WRITE')
  removeMember(@CurrentActor() actor: Actor, @Args('input') input: RemoveMemberInput): Promise<boolean> {
    return this.memberships.removeMember(actor, input.namespace, input.username);
  }
}
