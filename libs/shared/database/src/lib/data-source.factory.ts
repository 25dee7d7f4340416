import { DataSource, DataSourceOptions, Logger, MixedList } from 'typeorm';
import { SnakeNamingStrategy } from './snake-naming.strategy';

export interface DataSourceSettings {
  url: string;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: MixedList<Function>;
  logger?: Logger;
  poolSize?: number;
  applicationName?: string;
}

export const MIGRATIONS_TABLE = 'allmende_migrations';

export function dataSourceOptions(settings: DataSourceSettings): DataSourceOptions {
  return {
    type: 'postgres',
    url: settings.url,
    entities: settings.entities,
    migrations: settings.migrations,
    migrationsTableName: MIGRATIONS_TABLE,
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    // gen_random_uuid() is built into PostgreSQL 13+; extensions are created by migrations only.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    migrationsRun: false,
    logger: settings.logger,
    // Failed queries surface as thrown errors and are logged where they are handled;
    // TypeORM's own console logging would write SQL and parameters to stdout.
    logging: settings.logger ? ['query', 'error'] : false,
    extra: {
      max: settings.poolSize ?? 10,
      application_name: settings.applicationName ?? 'allmende',
      // The platform's tables live in public; a schema named like the user must not shadow them.
      options: '-c search_path=public',
      // A request must not hang forever on a database that went away.
      connectionTimeoutMillis: 5_000,
      statement_timeout: 30_000,
    },
  };
}

export function createDataSource(settings: DataSourceSettings): DataSource {
  return new DataSource(dataSourceOptions(settings));
}
