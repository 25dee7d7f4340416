import { prepareInfrastructure } from '@allmende/runtime';
import { CliCommand, UsageError } from './cli-command';

export const migrateCommand: CliCommand = {
  path: ['migrate'],
  usage: 'migrate                         apply pending database migrations',
  async run(args, context) {
    if (args.length > 0) throw new UsageError(`unexpected argument ${args[0]}`);
    const applied: string[] = [];
    const infrastructure = await prepareInfrastructure(context.config, {
      log: (message) => applied.push(message),
      allowAttach: true,
    });
    await infrastructure.stop();
    const migrations = applied.filter((line) => line.startsWith('applied migration'));
    context.write(migrations.length > 0 ? migrations.join('\n') : 'database schema is up to date');
  },
};
