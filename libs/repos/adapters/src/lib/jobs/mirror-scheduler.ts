import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { MirrorService } from '@allmende/repos';

const SWEEP_INTERVAL_MS = 60_000;

/**
 * Looks for mirrors due for a fetch once a minute in every worker. Jobs are keyed by
 * repository and interval slot, so several workers sweeping at once enqueue each fetch once.
 */
@Injectable()
export class MirrorScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Mirrors');
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly mirrors: MirrorService) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.sweep(), SWEEP_INTERVAL_MS);
    this.timer.unref();
    void this.sweep();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  private async sweep(): Promise<void> {
    try {
      await this.mirrors.enqueueDue();
    } catch (error) {
      this.logger.warn(`could not schedule mirror fetches: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}
