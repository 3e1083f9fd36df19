import { apiDir } from './paths';

interface Connection {
  query(sql: string): Promise<unknown>;
  end(): Promise<void>;
}

/** mysql2 is the API's dependency; the console borrows it for the test database only. */
function connect(): Promise<Connection> {
  const modulePath = require.resolve('mysql2/promise', { paths: [apiDir] });
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- resolved from the API workspace at run time
  const mysql = require(modulePath) as { createConnection(options: object): Promise<Connection> };
  return mysql.createConnection({ host: process.env.E2E_DB_HOST ?? '127.0.0.1', port: Number(process.env.E2E_DB_PORT ?? 3306), user: process.env.E2E_DB_USER ?? 'root', password: process.env.E2E_DB_PASSWORD ?? '' });
}

export function databaseUrl(name: string): string {
  const user = process.env.E2E_DB_USER ?? 'root';
  const password = process.env.E2E_DB_PASSWORD ? `:${encodeURIComponent(process.env.E2E_DB_PASSWORD)}` : '';
  return `mysql://${user}${password}@${process.env.E2E_DB_HOST ?? '127.0.0.1'}:${process.env.E2E_DB_PORT ?? 3306}/${name}`;
}

export async function createDatabase(name: string): Promise<void> {
  const connection = await connect();
  try {
    await connection.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  } finally {
    await connection.end();
  }
}

export async function dropDatabase(name: string): Promise<void> {
  const connection = await connect();
  try {
    await connection.query(`DROP DATABASE IF EXISTS \`${name}\``);
  } finally {
    await connection.end();
  }
}
