// pg-boss talks to the database through this adapter instead of opening its own pool, so the app
// keeps one connection setup (lib/db) and pg-boss runs on PGlite too (docs/decisions/004).
// pg-boss sends its schema creation and migrations as one multi-statement script without
// parameters; a PostgreSQL pool runs that as a simple query, PGlite only through exec().
import type { SqlConnection } from "@/lib/db/sql-connection";

export interface PgBossDb {
  executeSql(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>;
}

function isMultiStatementError(error: unknown): boolean {
  return error instanceof Error && /cannot insert multiple commands into a prepared statement/i.test(error.message);
}

export function pgBossDb(sql: SqlConnection): PgBossDb {
  return {
    async executeSql(text, values) {
      const params = values ?? [];
      try {
        return { rows: (await sql.query(text, params)) ?? [] };
      } catch (error) {
        if (sql.kind !== "pglite" || params.length > 0 || !isMultiStatementError(error)) throw error;
        // The script manages its own transaction (BEGIN … COMMIT); its rows are never read.
        try {
          await sql.exec(text);
        } catch (scriptError) {
          // A failed script leaves PGlite's one connection inside the aborted transaction.
          await sql.exec("ROLLBACK").catch(() => undefined);
          throw scriptError;
        }
        return { rows: [] };
      }
    },
  };
}
