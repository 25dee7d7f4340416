import { parseArgs } from 'node:util';
import { AccessTokenService, TokenScope, UserService } from '@allmende/identity';
import { withPlatform } from '../cli-context';
import { CliCommand, UsageError } from './cli-command';

const SCOPES: readonly TokenScope[] = ['READ', 'WRITE', 'REVIEW', 'ADMIN'];
const DAY_MS = 24 * 3600 * 1000;

export const tokenCreateCommand: CliCommand = {
  path: ['token', 'create'],
  usage: 'token create --username U --scopes read,write [--name N] [--expires-in-days D]   prints the token alone',
  async run(args, context) {
    const { values } = parseArgs({
      args,
      options: {
        username: { type: 'string' },
        scopes: { type: 'string' },
        name: { type: 'string', default: 'command line' },
        'expires-in-days': { type: 'string', default: '90' },
      },
      strict: true,
    });
    if (!values.username) throw new UsageError('--username is required');
    if (!values.scopes) throw new UsageError('--scopes is required, e.g. --scopes read,write');
    const scopes = values.scopes.split(',').map((scope) => scope.trim().toUpperCase() as TokenScope);
    const unknown = scopes.filter((scope) => !SCOPES.includes(scope));
    if (unknown.length > 0) throw new UsageError(`unknown scope ${unknown.join(', ')}; use read, write, review, admin`);
    const days = Number(values['expires-in-days']);
    if (!Number.isInteger(days) || days < 1) throw new UsageError('--expires-in-days must be a whole number of days');
    const token = await withPlatform(context, async (app) => {
      const owner = await app.get(UserService).getByUsername(values.username as string);
      const created = await app
        .get(AccessTokenService)
        .issue(owner, { name: values.name, scopes, expiresAt: new Date(Date.now() + days * DAY_MS) });
      return created.token;
    });
    context.write(token);
  },
};
