import { DemoSeedService } from '@allmende/runtime';
import { withPlatform } from '../cli-context';
import { CliCommand, UsageError } from './cli-command';

export const seedDemoCommand: CliCommand = {
  path: ['seed-demo'],
  usage: 'seed-demo                       add the demo namespaces, users and repositories with their content',
  async run(args, context) {
    if (args.length > 0) throw new UsageError(`unexpected argument ${args[0]}`);
    const seeded = await withPlatform(context, (app) => app.get(DemoSeedService).seed());
    context.write(seeded ? 'demo data seeded' : 'demo data present already');
  },
};
