import type { DataSource } from 'typeorm';

/**
 * The SQL statements `fn` makes a report issue, counted from the data source's logger. The
 * session lookup is the same for every request and is left out: the report's own statements count.
 */
export async function countStatements(dataSource: DataSource, fn: () => Promise<unknown>): Promise<number> {
  const logger = dataSource.logger;
  const original = logger.logQuery.bind(logger);
  let statements = 0;
  logger.logQuery = (query, parameters, runner) => {
    if (!/\b(session|account)\b/i.test(query)) statements += 1;
    original(query, parameters, runner);
  };
  try {
    await fn();
    return statements;
  } finally {
    logger.logQuery = original;
  }
}
