import { SetMetadata } from '@nestjs/common';
import type { TokenScope } from '@allmende/identity';

export const ACCESS_RULE = Symbol('allmende.access-rule');

export type AccessRule = { anonymous: true } | { anonymous: false; scope: TokenScope };

/**
 * Every GraphQL operation declares who may call it; the global AccessGuard refuses
 * operations without a declaration, so a forgotten rule fails closed.
 */
export const Public = () => SetMetadata(ACCESS_RULE, { anonymous: true } satisfies AccessRule);

export const RequireScope = (scope: TokenScope) => SetMetadata(ACCESS_RULE, { anonymous: false, scope } satisfies AccessRule);
