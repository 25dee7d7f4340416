import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { MemberRole, MembershipEntity } from '@allmende/identity';
import { Connection } from '@allmende/platform-adapters';
import { MemberRoleEnum } from './identity.enums';
import { UserType } from './user.type';

@ObjectType('Membership')
export class MembershipType {
  @Field(() => ID)
  id: string;

  @Field(() => MemberRoleEnum)
  role: MemberRole;

  @Field(() => UserType)
  user: UserType;

  @Field()
  createdAt: Date;

  static from(entity: MembershipEntity): MembershipType {
    if (!entity.user) throw new Error('membership loaded without its user');
    return Object.assign(new MembershipType(), {
      id: entity.id,
      role: entity.role,
      user: UserType.from(entity.user),
      createdAt: entity.createdAt,
    });
  }
}

export const MembershipConnection = Connection(MembershipType, 'Membership');
