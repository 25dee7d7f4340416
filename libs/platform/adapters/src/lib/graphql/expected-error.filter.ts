import { ArgumentsHost, Catch } from '@nestjs/common';
import { GqlContextType, GqlExceptionFilter } from '@nestjs/graphql';
import type { Response } from 'express';
import { InvalidPageError } from '@allmende/database';
import { DomainError, ErrorCode } from '@allmende/util';

const HTTP_STATUS: Record<ErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  CONFLICT: 409,
  QUERY_TOO_COMPLEX: 400,
  RATE_LIMITED: 429,
};

/**
 * Refused requests are normal traffic. In GraphQL they go to formatGraphqlError as they are
 * (instead of Nest logging each as an unexpected exception); over plain HTTP they become a
 * status with the same code.
 */
@Catch(DomainError, InvalidPageError)
export class ExpectedErrorFilter implements GqlExceptionFilter {
  catch(error: DomainError | InvalidPageError, host: ArgumentsHost): Error | void {
    if (host.getType<GqlContextType>() === 'graphql') return error;
    const code: ErrorCode = error instanceof DomainError ? error.code : 'BAD_USER_INPUT';
    host
      .switchToHttp()
      .getResponse<Response>()
      .status(HTTP_STATUS[code])
      .json({ error: { code, message: error.message } });
  }
}
