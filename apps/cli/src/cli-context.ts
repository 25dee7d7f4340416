import { INestApplicationContext, LoggerService } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AllmendeConfig, loadConfig } from '@allmende/config';
import { JsonLogger } from '@allmende/platform-adapters';
import { Infrastructure, PlatformCoreModule, prepareInfrastructure } from '@allmende/runtime';

/** Everything a command needs; stdout stays free for the command's own output. */
export interface CliContext {
  config: AllmendeConfig;
  logger: LoggerService;
  write(line: string): void;
}

export function cliContext(): CliContext {
  const config = loadConfig();
  const logger = new JsonLogger(config.logLevel === 'debug' ? 'debug' : 'warn', (line) => process.stderr.write(line + '\n'));
  return { config, logger, write: (line) => process.stdout.write(line + '\n') };
}

/** Runs `work` against the platform database (the embedded one when DATABASE_URL is unset). */
export async function withPlatform<T>(context: CliContext, work: (app: INestApplicationContext, infrastructure: Infrastructure) => Promise<T>): Promise<T> {
  const infrastructure = await prepareInfrastructure(context.config, {
    log: (message) => context.logger.log(message, 'Infrastructure'),
    allowAttach: true,
  });
  let app: INestApplicationContext | undefined;
  try {
    app = await NestFactory.createApplicationContext(PlatformCoreModule.forRoot(context.config, infrastructure.databaseUrl, 'allmende-cli'), {
      logger: context.logger,
    });
    return await work(app, infrastructure);
  } finally {
    await app?.close();
    await infrastructure.stop();
  }
}
