import { CheckSettings, readCheckSettings } from '@allmende/checks';
import { ConfigError, loadConfig } from '@allmende/config';
import { ConductRulesError } from '@allmende/conduct';
import { LicensePolicyError } from '@allmende/licensing';
import { JsonLogger } from '@allmende/platform-adapters';
import { RunningPlatform, startPlatform } from './start-platform';

/** Time on top of the drain grace period for closing connections and the database. */
const EXIT_SAFETY_MS = 15_000;

/**
 * Entry point of the server processes: configuration errors (including an invalid license
 * policy or code-of-conduct rules file) end start-up with one line on stderr; SIGTERM and
 * SIGINT drain requests and jobs before exiting.
 */
export async function runMain(defaults: Record<string, string> = {}): Promise<void> {
  let config;
  let settings: CheckSettings;
  try {
    config = loadConfig({ ...defaults, ...process.env });
    settings = readCheckSettings(config);
  } catch (error) {
    if (!(error instanceof ConfigError || error instanceof LicensePolicyError || error instanceof ConductRulesError)) throw error;
    const prefix = error instanceof LicensePolicyError ? 'Invalid license policy: ' : error instanceof ConductRulesError ? 'Invalid code-of-conduct rules: ' : '';
    process.stderr.write(`${prefix}${error.message}\n`);
    process.exit(1);
  }
  const logger = new JsonLogger(config.logLevel);
  let platform: RunningPlatform;
  try {
    platform = await startPlatform(config, logger, { settings });
  } catch (error) {
    logger.error(`start-up failed: ${error instanceof Error ? error.message : String(error)}`, 'Bootstrap');
    process.exit(1);
  }
  const stop = (signal: string) => {
    logger.log(`${signal} received; draining`, 'Shutdown');
    setTimeout(() => {
      logger.error('shutdown took too long; exiting', 'Shutdown');
      process.exit(1);
    }, config.shutdownGraceMs + EXIT_SAFETY_MS).unref();
    platform.close().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error(`shutdown failed: ${error instanceof Error ? error.message : String(error)}`, 'Shutdown');
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
}
