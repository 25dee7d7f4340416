import { parseArgs } from 'node:util';
import { PlatformRoleName, UserService } from '@allmende/identity';
import { withPlatform } from '../cli-context';
import { CliCommand, UsageError } from './cli-command';

const ROLES: Record<string, PlatformRoleName[]> = { USER: [], REVIEWER: ['REVIEWER'], ADMIN: ['ADMIN'] };

export const userCreateCommand: CliCommand = {
  path: ['user', 'create'],
  usage: 'user create --username U [--role USER|REVIEWER|ADMIN] [--display-name N] [--email E]',
  async run(args, context) {
    const { values } = parseArgs({
      args,
      options: { username: { type: 'string' }, role: { type: 'string', default: 'USER' }, 'display-name': { type: 'string' }, email: { type: 'string' } },
      strict: true,
    });
    if (!values.username) throw new UsageError('--username is required');
    const roles = values.role
      .split(',')
      .map((role) => role.trim().toUpperCase())
      .flatMap((role) => {
        if (!(role in ROLES)) throw new UsageError(`--role must be USER, REVIEWER or ADMIN (got ${role})`);
        return ROLES[role];
      });
    const user = await withPlatform(context, (app) =>
      app.get(UserService).createUnchecked({
        username: values.username as string,
        displayName: values['display-name'] ?? values.username as string,
        email: values.email,
        platformRoles: roles,
      }),
    );
    context.write(`created user ${user.username} (${user.id})${roles.length ? ` with roles ${roles.join(', ')}` : ''}`);
  },
};
