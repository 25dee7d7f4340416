import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { PlatformRoleName, UserEntity } from '@allmende/identity';
import { PlatformRoleEnum } from './identity.enums';

@ObjectType('User')
export class UserType {
  @Field(() => ID)
  id: string;

  @Field()
  username: string;

  @Field()
  displayName: string;

  @Field(() => [PlatformRoleEnum])
  platformRoles: PlatformRoleName[];

  @Field()
  createdAt: Date;

  /** Not a field: read by the email resolver, which shows it to the user and admins only. */
  privateEmail: string | null;

  static from(entity: UserEntity): UserType {
    return Object.assign(new UserType(), {
      id: entity.id,
      username: entity.username,
      displayName: entity.displayName,
      platformRoles: entity.platformRoles,
      createdAt: entity.createdAt,
      privateEmail: entity.email,
    });
  }
}
