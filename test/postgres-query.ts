/** One statement on a PostgreSQL database through a connection of its own, for tests that set up or inspect one. */
import pg from "pg";

export async function queryRows<T extends pg.QueryResultRow>(url: string, text: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(text)).rows;
  } finally {
    await client.end();
  }
}
