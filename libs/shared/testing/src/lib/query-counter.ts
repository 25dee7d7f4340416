import { DataSource, Logger } from 'typeorm';

/** Counts the SQL statements a DataSource sends while `work` runs. */
export async function countQueries<T>(dataSource: DataSource, work: () => Promise<T>): Promise<{ result: T; queries: string[] }> {
  const original = dataSource.logger;
  const queries: string[] = [];
  const counting: Logger = {
    logQuery: (query) => void queries.push(query),
    logQueryError: (...args) => original.logQueryError(...args),
    logQuerySlow: (...args) => original.logQuerySlow(...args),
    logSchemaBuild: (...args) => original.logSchemaBuild(...args),
    logMigration: (...args) => original.logMigration(...args),
    log: (...args) => original.log(...args),
  };
  (dataSource as { logger: Logger }).logger = counting;
  try {
    return { result: await work(), queries };
  } finally {
    (dataSource as { logger: Logger }).logger = original;
  }
}
