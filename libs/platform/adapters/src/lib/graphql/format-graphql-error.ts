import { HttpException, Logger } from '@nestjs/common';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { InvalidPageError } from '@allmende/database';
import { DomainError } from '@allmende/util';

const logger = new Logger('GraphQL');

const PASSTHROUGH_CODES = new Set([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'CONFLICT',
  'QUERY_TOO_COMPLEX',
  'RATE_LIMITED',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

/** Malformed or invalid documents are the caller's mistake: BAD_USER_INPUT, with the original code kept. */
const CALLER_MISTAKES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST', 'OPERATION_RESOLUTION_FAILURE']);

/**
 * The one place errors become GraphQL errors: domain errors keep their code and message,
 * caller mistakes become BAD_USER_INPUT, anything else is logged and answered generically
 * so no internal detail (SQL, paths, stack) reaches the caller.
 */
export function formatGraphqlError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };

  if (original instanceof DomainError) {
    return { ...base, message: original.message, extensions: { code: original.code, ...(original.details ?? {}) } };
  }
  if (original instanceof InvalidPageError) {
    return { ...base, message: original.message, extensions: { code: 'BAD_USER_INPUT' } };
  }
  if (original instanceof HttpException && original.getStatus() === 400) {
    const response = original.getResponse() as { message?: string | string[] };
    const messages = Array.isArray(response.message) ? response.message : [response.message ?? original.message];
    return { ...base, message: messages.join('; '), extensions: { code: 'BAD_USER_INPUT', problems: messages } };
  }

  const code = String(formatted.extensions?.code ?? '');
  // graphql-js spells it "more that"; accept both in case it is ever corrected.
  if (/^Syntax Error: Document contains more th(?:an|at) \d+ tokens/.test(formatted.message)) {
    return { ...base, extensions: { code: 'QUERY_TOO_COMPLEX', graphqlCode: code } };
  }
  if (PASSTHROUGH_CODES.has(code)) return { ...base, extensions: { code } };
  if (CALLER_MISTAKES.has(code)) return { ...base, extensions: { code: 'BAD_USER_INPUT', graphqlCode: code } };
  if (code === 'BAD_USER_INPUT' || (error instanceof GraphQLError && !error.originalError && !error.path)) {
    return { ...base, extensions: { code: 'BAD_USER_INPUT' } };
  }

  logger.error(`unexpected error at ${formatted.path?.join('.') ?? 'request'}: ${describe(original)}`);
  return { message: 'internal error', locations: formatted.locations, path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error);
}
