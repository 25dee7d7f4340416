import { Inject, Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { ALLMENDE_CONFIG, AllmendeConfig, GraphqlLimits } from '@allmende/config';

/**
 * Checks a GraphQL request before the parser sees it: document length, bracket nesting
 * (graphql-js parses recursively, so deep nesting costs stack, not just tokens) and batching.
 */
@Injectable()
export class GraphqlRequestGuard implements NestMiddleware {
  constructor(@Inject(ALLMENDE_CONFIG) private readonly config: AllmendeConfig) {}

  use(request: Request, response: Response, next: NextFunction): void {
    const problem = this.problemWith(request.method === 'GET' ? request.query : request.body);
    if (!problem) return next();
    response.status(400).json({ errors: [{ message: problem, extensions: { code: 'QUERY_TOO_COMPLEX' } }] });
  }

  private problemWith(body: unknown): string | undefined {
    if (Array.isArray(body)) return 'batched requests are not supported; send one operation per request';
    const query = (body as { query?: unknown } | undefined)?.query;
    return typeof query === 'string' ? documentProblem(query, this.config.graphql) : undefined;
  }
}

/** What is wrong with a document's length or bracket nesting, checked before it is parsed (HTTP and WebSocket). */
export function documentProblem(query: string, limits: GraphqlLimits): string | undefined {
  if (query.length > limits.maxDocumentLength) return `query document exceeds ${limits.maxDocumentLength} characters`;
  const nesting = bracketNesting(query);
  const maxNesting = limits.maxDepth * 2 + 10;
  if (nesting > maxNesting) return `query nests ${nesting} levels of brackets; the limit is ${maxNesting}`;
  return undefined;
}

/** Deepest nesting of {, ( and [ outside strings and comments. */
export function bracketNesting(source: string): number {
  let depth = 0;
  let deepest = 0;
  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    if (char === '#') {
      while (i < source.length && source[i] !== '\n') i++;
    } else if (char === '"') {
      if (source.startsWith('"""', i)) {
        const end = source.indexOf('"""', i + 3);
        i = end < 0 ? source.length : end + 2;
      } else {
        for (i++; i < source.length && source[i] !== '"' && source[i] !== '\n'; i++) if (source[i] === '\\') i++;
      }
    } else if (char === '{' || char === '(' || char === '[') {
      deepest = Math.max(deepest, ++depth);
    } else if (char === '}' || char === ')' || char === ']') {
      depth = Math.max(0, depth - 1);
    }
  }
  return deepest;
}
