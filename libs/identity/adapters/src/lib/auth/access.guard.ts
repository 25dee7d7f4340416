import { CanActivate, ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlContextType, GqlExecutionContext } from '@nestjs/graphql';
import type { Request } from 'express';
import { hasScope, IdentityError } from '@allmende/identity';
import { ACCESS_RULE, AccessRule } from './access.decorator';
import { requestAuth } from './request-actor';

@Injectable()
export class AccessGuard implements CanActivate {
  private readonly logger = new Logger('AccessGuard');

  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    // HTTP controllers (health, metrics, git) authenticate by their own protocol rules.
    if (context.getType<GqlContextType>() !== 'graphql') return true;
    const rule = this.reflector.get<AccessRule | undefined>(ACCESS_RULE, context.getHandler());
    if (!rule) {
      this.logger.error(`${context.getClass().name}.${context.getHandler().name} has no access rule; refused`);
      throw IdentityError.forbidden('operation is not available');
    }
    const request = GqlExecutionContext.create(context).getContext<{ req: Request }>().req;
    const auth = requestAuth(request);
    if (auth.error) throw auth.error;
    if (rule.anonymous) return true;
    if (auth.actor.kind !== 'user') throw IdentityError.unauthenticated();
    if (!hasScope(auth.actor, rule.scope)) {
      throw IdentityError.forbidden(`this access token lacks the ${rule.scope} scope`);
    }
    return true;
  }
}
