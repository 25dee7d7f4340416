import { LoggerService, ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Server } from 'node:http';
import { CheckSettings, readCheckSettings } from '@allmende/checks';
import { AllmendeConfig } from '@allmende/config';
import { GraphqlWsServer, JsonLogger } from '@allmende/platform-adapters';
import { Infrastructure, prepareInfrastructure } from './infrastructure';
import { PlatformModule } from './platform.module';

export interface RunningPlatform {
  config: AllmendeConfig;
  /** Base URL the HTTP server listens on (the real port when PORT=0). */
  url: string;
  app: NestExpressApplication;
  /** Stops taking requests, lets in-flight requests and jobs finish, then releases everything. */
  close(): Promise<void>;
}

const MAX_BODY = '256kb';

export interface StartOptions {
  /** Read from the configured files when not given (runMain reads them to report errors first). */
  settings?: CheckSettings;
}

export async function startPlatform(
  config: AllmendeConfig,
  logger: LoggerService = new JsonLogger(config.logLevel),
  options: StartOptions = {},
): Promise<RunningPlatform> {
  // Before anything starts: a broken policy or rules file must not leave a half-started platform behind.
  const settings = options.settings ?? readCheckSettings(config);
  const infrastructure = await prepareInfrastructure(config, { log: (message) => logger.log(message, 'Infrastructure') });
  let app: NestExpressApplication;
  try {
    app = await NestFactory.create<NestExpressApplication>(PlatformModule.forRoot(config, infrastructure.databaseUrl, settings), {
      logger,
      bodyParser: false,
      // Throw instead of exiting, so start-up failures are reported and cleaned up here.
      abortOnError: false,
    });
    app.useBodyParser('json', { limit: MAX_BODY });
    app.useGlobalPipes(new ValidationPipe({ transform: true, forbidUnknownValues: false }));
    app.disable('x-powered-by');
    await app.listen(config.port, config.host);
  } catch (error) {
    await infrastructure.stop();
    throw error;
  }
  const address = (app.getHttpServer() as Server).address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`;
  // PORT=0 (tests, ad-hoc runs) only knows its port now; links must point at the real one.
  if (config.port === 0 && config.publicUrl.endsWith(':0')) config.publicUrl = url;
  logger.log(`Allmende (${config.role}) listening on ${url}`, 'Bootstrap');
  const subscriptions = config.role === 'worker' ? null : app.get(GraphqlWsServer);
  return { config, url, app, close: onceOnly(() => drainAndClose(app, infrastructure, subscriptions, config.shutdownGraceMs, logger)) };
}

async function drainAndClose(
  app: NestExpressApplication,
  infrastructure: Infrastructure,
  subscriptions: GraphqlWsServer | null,
  graceMs: number,
  logger: LoggerService,
): Promise<void> {
  const server = app.getHttpServer() as Server;
  const drained = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  // WebSocket connections would hold the drain open: clients are told to reconnect elsewhere.
  await subscriptions?.close();
  const timer = setTimeout(() => {
    logger.warn(`requests still running after ${graceMs} ms; closing their connections`, 'Shutdown');
    server.closeAllConnections();
  }, graceMs);
  // Idle keep-alive connections that wake up during the drain are closed as they go idle.
  const idleSweep = setInterval(() => server.closeIdleConnections(), 250);
  await drained;
  clearTimeout(timer);
  clearInterval(idleSweep);
  await app.close();
  await infrastructure.stop();
  logger.log('stopped', 'Shutdown');
}

function onceOnly(run: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | undefined;
  return () => (running ??= run());
}
