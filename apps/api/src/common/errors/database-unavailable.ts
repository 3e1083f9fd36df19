/**
 * Driver errors that mean "the database could not be reached or went away mid-statement"
 * (mysql2 socket and server-shutdown codes, SQLite's busy/locked). The statement did not commit,
 * so the client is told to retry rather than shown an internal error.
 */
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'PROTOCOL_CONNECTION_LOST',
  'PROTOCOL_SEQUENCE_TIMEOUT',
  'ER_SERVER_SHUTDOWN',
  'ER_CON_COUNT_ERROR',
  'ER_CONNECTION_KILLED',
  'ER_QUERY_INTERRUPTED',
  'SQLITE_BUSY',
  'SQLITE_LOCKED',
]);

function codeOf(error: unknown): unknown {
  return typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
}

export function isDatabaseUnavailable(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  // TypeORM wraps the driver's error in QueryFailedError.driverError
  const driverError = (error as { driverError?: unknown }).driverError;
  const code = codeOf(driverError) ?? codeOf(error);
  return typeof code === 'string' && UNAVAILABLE_CODES.has(code);
}
