// Rows per table of the application's schemas: recorded in a backup's manifest and compared
// after a restore.
import pg from "pg";

export async function tableRowCounts(databaseUrl: string): Promise<Record<string, number>> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const tables = await client.query<{ schema: string; name: string }>(
      `SELECT table_schema AS schema, table_name AS name FROM information_schema.tables
        WHERE table_type = 'BASE TABLE' AND table_schema IN ('public', 'pgboss') ORDER BY 1, 2`,
    );
    const counts: Record<string, number> = {};
    for (const { schema, name } of tables.rows) {
      const quoted = `"${schema.replaceAll('"', '""')}"."${name.replaceAll('"', '""')}"`;
      const { rows } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${quoted}`);
      counts[`${schema}.${name}`] = rows[0]?.n ?? 0;
    }
    return counts;
  } finally {
    await client.end();
  }
}

/** Whether the database has no tables of ours yet (a restore goes only into an empty one). */
export async function databaseIsEmpty(databaseUrl: string): Promise<boolean> {
  return Object.keys(await tableRowCounts(databaseUrl)).length === 0;
}
