import { Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import type { AdoptionEntity, AdoptionSource } from '@allmende/catalogue';

export const AdoptionSourceEnum = { NAMESPACE: 'NAMESPACE', PUBLICCODE: 'PUBLICCODE' } as const satisfies Record<AdoptionSource, AdoptionSource>;
registerEnumType(AdoptionSourceEnum, {
  name: 'AdoptionSource',
  valuesMap: {
    NAMESPACE: { description: 'Declared by a member of the adopting namespace.' },
    PUBLICCODE: { description: 'Named in the component’s publiccode.yml usedBy; not verified.' },
  },
});

@ObjectType('Adoption', { description: '“We run this component”: who else already uses it.' })
export class AdoptionType {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  componentId: string;

  @Field()
  adopterName: string;

  @Field(() => String, { nullable: true, description: 'Slug of the adopting namespace; null for names from publiccode.yml.' })
  namespace: string | null;

  @Field(() => String, { nullable: true })
  version: string | null;

  @Field(() => AdoptionSourceEnum)
  source: AdoptionSource;

  @Field()
  verified: boolean;

  @Field()
  updatedAt: Date;

  static from(entity: AdoptionEntity): AdoptionType {
    return Object.assign(new AdoptionType(), {
      id: entity.id,
      componentId: entity.componentId,
      adopterName: entity.adopterName,
      namespace: entity.namespace?.slug ?? null,
      version: entity.version,
      source: entity.source,
      verified: entity.verified,
      updatedAt: entity.updatedAt,
    });
  }
}

@InputType()
export class RecordAdoptionInput {
  @Field(() => ID) @IsString() @MaxLength(64)
  componentId: string;

  @Field({ description: 'Slug of the adopting namespace; the caller must be a member.' }) @IsString() @MaxLength(64)
  namespace: string;

  @Field(() => String, { nullable: true, description: 'The version run, as the adopter names it.' })
  @IsOptional() @IsString() @MaxLength(100)
  version?: string | null;
}
