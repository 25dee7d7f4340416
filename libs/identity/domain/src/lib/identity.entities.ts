import { AccessTokenEntity } from './access-token/access-token.entity';
import { MembershipEntity } from './membership/membership.entity';
import { NamespaceEntity } from './namespace/namespace.entity';
import { UserEntity } from './user/user.entity';

export const IDENTITY_ENTITIES = [UserEntity, NamespaceEntity, MembershipEntity, AccessTokenEntity];
