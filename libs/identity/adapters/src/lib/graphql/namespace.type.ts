import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { NamespaceEntity, NamespaceKind, NamespaceVisibility } from '@allmende/identity';
import { NamespaceKindEnum, NamespaceVisibilityEnum } from './identity.enums';

@ObjectType('Namespace')
export class NamespaceType {
  @Field(() => ID)
  id: string;

  @Field()
  slug: string;

  @Field()
  displayName: string;

  @Field(() => NamespaceKindEnum)
  kind: NamespaceKind;

  @Field(() => NamespaceVisibilityEnum)
  visibility: NamespaceVisibility;

  @Field()
  description: string;

  @Field()
  createdAt: Date;

  static from(entity: NamespaceEntity): NamespaceType {
    return Object.assign(new NamespaceType(), {
      id: entity.id,
      slug: entity.slug,
      displayName: entity.displayName,
      kind: entity.kind,
      visibility: entity.visibility,
      description: entity.description,
      createdAt: entity.createdAt,
    });
  }
}
