import { MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { HttpMetricsMiddleware } from './http-metrics.middleware';
import { MetricsService } from './metrics.service';
import { OpsController } from './ops.controller';
import { ReadinessService } from './readiness.service';

@Module({
  controllers: [OpsController],
  providers: [MetricsService, ReadinessService],
  exports: [MetricsService],
})
export class OpsModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(HttpMetricsMiddleware).forRoutes('*path');
  }
}
