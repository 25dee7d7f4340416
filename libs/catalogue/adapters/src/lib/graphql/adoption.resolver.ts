import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { AdoptionService } from '@allmende/catalogue';
import { Actor } from '@allmende/identity';
import { CurrentActor, RequireScope } from '@allmende/identity-adapters';
import { AdoptionType, RecordAdoptionInput } from './adoption.type';

@Resolver(() => AdoptionType)
export class AdoptionResolver {
  constructor(private readonly adoptions: AdoptionService) {}

  @Mutation(() => AdoptionType, { description: 'Declares that a namespace runs a component (again: updates the version). Needs membership in the namespace.' })
  @RequireScope('WRITE')
  async recordAdoption(@CurrentActor() actor: Actor, @Args('input') input: RecordAdoptionInput): Promise<AdoptionType> {
    return AdoptionType.from(await this.adoptions.record(actor, input));
  }

  @Mutation(() => Boolean, { description: 'Withdraws a namespace’s adoption; false when there was none.' })
  @RequireScope('WRITE')
  removeAdoption(@CurrentActor() actor: Actor, @Args('componentId', { type: () => ID }) componentId: string, @Args('namespace') namespace: string): Promise<boolean> {
    return this.adoptions.remove(actor, componentId, namespace);
  }
}
