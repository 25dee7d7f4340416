import { Controller, Get, Header, HttpCode, Res } from '@nestjs/common';
import type { Response } from 'express';
import { MetricsService } from './metrics.service';
import { ReadinessService } from './readiness.service';

@Controller()
export class OpsController {
  constructor(
    private readonly readiness: ReadinessService,
    private readonly metrics: MetricsService,
  ) {}

  /** The process is up and its event loop answers; says nothing about dependencies. */
  @Get('health/live')
  @HttpCode(200)
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  /** 200 only when database, queue and storage all work; load balancers route by it. */
  @Get('health/ready')
  async ready(@Res() response: Response): Promise<void> {
    const result = await this.readiness.check();
    response.status(result.ready ? 200 : 503).json({ status: result.ready ? 'ok' : 'unavailable', ...result });
  }

  @Get('metrics')
  @Header('Cache-Control', 'no-store')
  async prometheus(@Res() response: Response): Promise<void> {
    response.type(this.metrics.registry.contentType).send(await this.metrics.registry.metrics());
  }
}
