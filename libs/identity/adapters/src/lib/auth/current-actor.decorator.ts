import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Request } from 'express';
import type { Actor } from '@allmende/identity';
import { requestAuth } from './request-actor';

export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext): Actor => {
  const request =
    context.getType<string>() === 'graphql'
      ? GqlExecutionContext.create(context).getContext<{ req: Request }>().req
      : context.switchToHttp().getRequest<Request>();
  return requestAuth(request).actor;
});
