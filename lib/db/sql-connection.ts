// A minimal SQL connection shared by the migration runner, health checks, bulk seeding and
// tests. It hides whether the database is a PostgreSQL server (pg) or embedded PGlite, so the
// same SQL runs on both; the Prisma client is built on the same underlying handle.
import type { PGlite } from "@electric-sql/pglite";
import type { Pool } from "pg";

export type DatabaseKind = "postgresql" | "pglite";
export type Row = Record<string, unknown>;

export interface SqlConnection {
  readonly kind: DatabaseKind;
  query<T extends Row = Row>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Runs several statements separated by semicolons (no parameters). */
  exec(sql: string): Promise<void>;
  /** Runs `work` in one transaction on one connection; rolls back when it throws. */
  transaction<T>(work: (tx: SqlConnection) => Promise<T>): Promise<T>;
}

export function pgliteConnection(pglite: PGlite): SqlConnection {
  const wrap = (runner: Pick<PGlite, "query" | "exec">): SqlConnection => ({
    kind: "pglite",
    async query<T extends Row>(sql: string, params: unknown[] = []) {
      const result = await runner.query<T>(sql, params);
      return result.rows;
    },
    async exec(sql: string) {
      await runner.exec(sql);
    },
    async transaction<T>(work: (tx: SqlConnection) => Promise<T>) {
      return pglite.transaction((tx) => work(wrap(tx)));
    },
  });
  return wrap(pglite);
}

export function pgPoolConnection(pool: Pool): SqlConnection {
  return {
    kind: "postgresql",
    async query<T extends Row>(sql: string, params: unknown[] = []) {
      const result = await pool.query<T>(sql, params);
      return result.rows;
    },
    async exec(sql: string) {
      await pool.query(sql);
    },
    async transaction<T>(work: (tx: SqlConnection) => Promise<T>) {
      const client = await pool.connect();
      const tx: SqlConnection = {
        kind: "postgresql",
        async query<R extends Row>(sql: string, params: unknown[] = []) {
          return (await client.query<R>(sql, params)).rows;
        },
        async exec(sql: string) {
          await client.query(sql);
        },
        transaction: (inner) => inner(tx),
      };
      try {
        await client.query("BEGIN");
        const result = await work(tx);
        await client.query("COMMIT");
        return result;
      } catch (error) {
        await client.query("ROLLBACK").catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
  };
}
