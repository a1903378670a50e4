import { getDatabase } from "./client";
import { migrationState, readMigrations } from "./migrate";
import type { DatabaseKind } from "./sql-connection";
import { env } from "@/lib/config/env";
import { processCache } from "@/lib/cache/ttl-cache";

export interface DatabaseHealth {
  status: "ok" | "error";
  database: DatabaseKind;
  migrations: { applied: number; pending: number; latest: string | null };
  error?: string;
}

// The migration files ship with the build and do not change while it runs: read and hash them
// once, not on every health check (a load balancer asks every few seconds, per instance).
let shippedMigrations: ReturnType<typeof readMigrations> | undefined;

/** What /api/health reports: which database, and whether its migrations are all applied. */
export async function databaseHealth(): Promise<DatabaseHealth> {
  const kind: DatabaseKind = env().DATABASE_URL ? "postgresql" : "pglite";
  try {
    const db = await getDatabase();
    const state = await migrationState(db.sql, (shippedMigrations ??= readMigrations()));
    const healthy = state.pending.length === 0 && state.failed.length === 0;
    return {
      status: healthy ? "ok" : "error",
      database: db.kind,
      migrations: { applied: state.applied.length, pending: state.pending.length, latest: state.applied.at(-1) ?? null },
      ...(healthy ? {} : { error: state.failed.length ? "a migration failed" : "migrations pending: run npm run db:migrate" }),
    };
  } catch (error) {
    // The message may contain a host name but never credentials: URLs are not echoed.
    return { status: "error", database: kind, migrations: { applied: 0, pending: 0, latest: null }, error: (error as Error).name };
  }
}

// One database check a second per instance, shared by every probe in it: a load balancer, a
// monitor and a burst of checks then cost one query, not one each (issue 23: at 20 connections
// the checks queued for pool connections; the answer is at most a second old).
const recent = processCache("health", 1_000);

/** databaseHealth() at most a second old: what /api/health answers. */
export function recentDatabaseHealth(): Promise<DatabaseHealth> {
  return recent.getOrLoad("database", databaseHealth);
}
