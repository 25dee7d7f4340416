import { Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { MetricsService } from './metrics.service';

/** Route classes instead of raw paths keep label cardinality bounded. */
function routeClass(path: string): string {
  if (path.startsWith('/graphql')) return 'graphql';
  if (path.startsWith('/git/')) return 'git';
  if (path.startsWith('/health/')) return 'health';
  if (path === '/metrics') return 'metrics';
  return 'other';
}

@Injectable()
export class HttpMetricsMiddleware implements NestMiddleware {
  constructor(private readonly metrics: MetricsService) {}

  use(request: Request, response: Response, next: NextFunction): void {
    // originalUrl: inside mounted middleware `path` is relative to the mount point.
    const path = request.originalUrl.split('?')[0];
    const stop = this.metrics.httpDuration.startTimer({ route: routeClass(path), method: request.method });
    response.once('finish', () => stop({ status: String(response.statusCode) }));
    next();
  }
}
