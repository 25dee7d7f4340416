import 'reflect-metadata';
import { ConfigError } from '@allmende/config';
import { scanSecrets } from '@allmende/conduct';
import { validatePubliccode } from '@allmende/publiccode';
import { DomainError } from '@allmende/util';
import { cliContext } from './cli-context';
import { catalogueExtractCommand } from './commands/catalogue-extract.command';
import { CliCommand, UsageError } from './commands/cli-command';
import { conductCheckCommand } from './commands/conduct-check.command';
import { licenseDetectCommand } from './commands/license-detect.command';
import { migrateCommand } from './commands/migrate.command';
import { migrationGenerateCommand } from './commands/migration-generate.command';
import { publiccodeValidateCommand } from './commands/publiccode-validate.command';
import { seedDemoCommand } from './commands/seed-demo.command';
import { tokenCreateCommand } from './commands/token-create.command';
import { userCreateCommand } from './commands/user-create.command';

const COMMANDS: CliCommand[] = [
  migrateCommand,
  userCreateCommand,
  tokenCreateCommand,
  seedDemoCommand,
  licenseDetectCommand,
  conductCheckCommand({ validatePubliccode, scanSecrets }),
  catalogueExtractCommand,
  publiccodeValidateCommand,
  migrationGenerateCommand,
];

function usage(): string {
  return ['usage: npm run cli -- <command>', ...COMMANDS.map((command) => `  ${command.usage}`)].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const command = COMMANDS.find((candidate) => candidate.path.every((word, index) => argv[index] === word));
  if (!command) {
    process.stderr.write(`${argv.length ? `unknown command: ${argv.join(' ')}\n` : ''}${usage()}\n`);
    return 2;
  }
  try {
    return (await command.run(argv.slice(command.path.length), cliContext())) ?? 0;
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`error: ${(error as Error).message}\nusage: npm run cli -- ${command.usage}\n`);
      return 2;
    }
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      return 1;
    }
    const code = error instanceof DomainError ? ` [${error.code}]` : '';
    process.stderr.write(`error${code}: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

main(process.argv.slice(2)).then((status) => process.exit(status));
