import type { SqlConnection } from "@/lib/db/sql-connection";

/** Empties every application table (not the migration history) so a seed can start over. */
export async function resetApplicationTables(sql: SqlConnection): Promise<void> {
  const tables = await sql.query<{ tablename: string }>(
    `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`,
  );
  if (tables.length === 0) return;
  await sql.exec(`TRUNCATE ${tables.map((t) => `"${t.tablename}"`).join(", ")} CASCADE`);
}
