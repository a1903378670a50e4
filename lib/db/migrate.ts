// Applies prisma/migrations/*/migration.sql the way `prisma migrate deploy` does, without Prisma's
// native schema engine: same folder layout, same `_prisma_migrations` table and rows (checksum is
// the SHA-256 of migration.sql), so either tool can take over a database the other migrated.
// Each migration runs in its own transaction under Prisma's advisory lock id, so several app
// instances starting at once apply each migration exactly once.
import { createHash, randomUUID } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { SqlConnection } from "./sql-connection";

const PRISMA_ADVISORY_LOCK_ID = 72707369;

export const MIGRATIONS_DIR = path.join(/*turbopackIgnore: true*/ process.cwd(), "prisma", "migrations");

export interface MigrationFile {
  name: string;
  sql: string;
  checksum: string;
}

export interface MigrationState {
  applied: string[];
  pending: string[];
  /** Applied migrations whose file changed since (Prisma warns about these too). */
  modified: string[];
  /** Migrations that started but never finished: they need a human. */
  failed: string[];
}

export function readMigrations(dir = MIGRATIONS_DIR): MigrationFile[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(dir, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

const CREATE_MIGRATIONS_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

interface AppliedRow {
  migration_name: string;
  checksum: string;
  finished_at: Date | string | null;
  rolled_back_at: Date | string | null;
  [key: string]: unknown;
}

async function appliedRows(sql: SqlConnection): Promise<AppliedRow[]> {
  const exists = await sql.query<{ present: boolean }>(
    `SELECT to_regclass('"_prisma_migrations"') IS NOT NULL AS present`,
  );
  if (!exists[0]?.present) return [];
  return sql.query<AppliedRow>(
    `SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations"`,
  );
}

export async function migrationState(sql: SqlConnection, files = readMigrations()): Promise<MigrationState> {
  const rows = await appliedRows(sql);
  const finished = new Map(rows.filter((r) => r.finished_at && !r.rolled_back_at).map((r) => [r.migration_name, r]));
  const failed = rows.filter((r) => !r.finished_at && !r.rolled_back_at).map((r) => r.migration_name);
  return {
    applied: files.filter((f) => finished.has(f.name)).map((f) => f.name),
    pending: files.filter((f) => !finished.has(f.name)).map((f) => f.name),
    modified: files.filter((f) => finished.get(f.name) && finished.get(f.name)?.checksum !== f.checksum).map((f) => f.name),
    failed,
  };
}

export class MigrationError extends Error {
  constructor(
    message: string,
    readonly migration: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = "MigrationError";
  }
}

/** Applies every pending migration; returns the names applied now (empty when up to date). */
export async function applyMigrations(sql: SqlConnection, files = readMigrations()): Promise<string[]> {
  await sql.exec(CREATE_MIGRATIONS_TABLE);
  const state = await migrationState(sql, files);
  if (state.failed.length > 0) {
    throw new MigrationError(
      `Migration ${state.failed[0]} started but did not finish. Repair the database, then mark it resolved ` +
        `(prisma migrate resolve) or delete its row from "_prisma_migrations".`,
      state.failed[0] ?? "",
    );
  }
  const appliedNow: string[] = [];
  for (const file of files.filter((f) => state.pending.includes(f.name))) {
    const applied = await sql.transaction(async (tx) => {
      await tx.query(`SELECT pg_advisory_xact_lock(${PRISMA_ADVISORY_LOCK_ID})`);
      const done = await tx.query(
        `SELECT 1 FROM "_prisma_migrations" WHERE migration_name = $1 AND finished_at IS NOT NULL AND rolled_back_at IS NULL`,
        [file.name],
      );
      if (done.length > 0) return false; // another instance applied it while we waited for the lock
      try {
        await tx.exec(file.sql);
      } catch (error) {
        throw new MigrationError(`Migration ${file.name} failed: ${(error as Error).message}`, file.name, { cause: error });
      }
      await tx.query(
        `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
         VALUES ($1, $2, $3, now(), now(), 1)`,
        [randomUUID(), file.checksum, file.name],
      );
      return true;
    });
    if (applied) appliedNow.push(file.name);
  }
  return appliedNow;
}
