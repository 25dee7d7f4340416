import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { withPlatform } from '../cli-context';
import { CliCommand, UsageError } from './cli-command';

/** Development aid: writes the SQL that makes the migrated schema match the entities. */
export const migrationGenerateCommand: CliCommand = {
  path: ['migration:generate'],
  usage: 'migration:generate NAME         write migrations/<timestamp>-NAME.ts from the entity changes',
  async run(args, context) {
    const [name, extra] = args;
    if (!name || extra !== undefined || !/^[a-z][a-z0-9-]*$/.test(name)) {
      throw new UsageError('give one kebab-case NAME, e.g. add-repository-topics');
    }
    const sql = await withPlatform(context, (app) => app.get(DataSource).driver.createSchemaBuilder().log());
    if (sql.upQueries.length === 0) {
      context.write('entities and migrations agree; nothing to generate');
      return;
    }
    const timestamp = Date.now();
    const className = name.replace(/(^|-)([a-z0-9])/g, (_, __, letter: string) => letter.toUpperCase()) + timestamp;
    const statements = (queries: { query: string }[]) =>
      queries.map((query) => `    await runner.query(${JSON.stringify(query.query)});`).join('\n');
    const file = join(process.cwd(), 'migrations', `${timestamp}-${name}.ts`);
    writeFileSync(
      file,
      `import { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(runner: QueryRunner): Promise<void> {
${statements(sql.upQueries)}
  }

  async down(runner: QueryRunner): Promise<void> {
${statements([...sql.downQueries].reverse())}
  }
}
`,
    );
    context.write(`wrote ${file}; add ${className} to migrations/index.ts`);
  },
};
