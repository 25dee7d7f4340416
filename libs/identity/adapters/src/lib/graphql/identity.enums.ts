import { registerEnumType } from '@nestjs/graphql';
import type { MemberRole, NamespaceKind, NamespaceVisibility, PlatformRoleName, TokenScope } from '@allmende/identity';

export const NamespaceKindEnum = { MUNICIPALITY: 'MUNICIPALITY', STATE: 'STATE', FEDERAL: 'FEDERAL', OTHER: 'OTHER' } as const satisfies Record<NamespaceKind, NamespaceKind>;
export const NamespaceVisibilityEnum = { PUBLIC: 'PUBLIC', PRIVATE: 'PRIVATE' } as const satisfies Record<NamespaceVisibility, NamespaceVisibility>;
export const MemberRoleEnum = { OWNER: 'OWNER', MAINTAINER: 'MAINTAINER', DEVELOPER: 'DEVELOPER' } as const satisfies Record<MemberRole, MemberRole>;
export const PlatformRoleEnum = { REVIEWER: 'REVIEWER', ADMIN: 'ADMIN' } as const satisfies Record<PlatformRoleName, PlatformRoleName>;
export const TokenScopeEnum = { READ: 'READ', WRITE: 'WRITE', REVIEW: 'REVIEW', ADMIN: 'ADMIN' } as const satisfies Record<TokenScope, TokenScope>;

registerEnumType(NamespaceKindEnum, { name: 'NamespaceKind' });
registerEnumType(NamespaceVisibilityEnum, { name: 'NamespaceVisibility' });
registerEnumType(MemberRoleEnum, { name: 'MemberRole' });
registerEnumType(PlatformRoleEnum, { name: 'PlatformRole' });
registerEnumType(TokenScopeEnum, { name: 'TokenScope' });
