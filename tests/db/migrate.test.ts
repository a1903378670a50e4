import { createHash } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { openMemoryDatabase } from "@/lib/db/embedded";
import { applyMigrations, migrationState, readMigrations, type MigrationFile } from "@/lib/db/migrate";
import { pgliteConnection } from "@/lib/db/sql-connection";
import type { PGlite } from "@electric-sql/pglite";

function migration(name: string, sql: string): MigrationFile {
  return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
}

describe("migration runner", () => {
  let pglite: PGlite | undefined;
  afterEach(async () => {
    await pglite?.close();
    pglite = undefined;
  });

  it("applies pending migrations once and records them as Prisma does", async () => {
    pglite = await openMemoryDatabase();
    const sql = pgliteConnection(pglite);
    const files = [migration("20260101000000_a", `CREATE TABLE "A" ("id" INTEGER);`), migration("20260102000000_b", `CREATE TABLE "B" ("id" INTEGER);`)];

    expect(await applyMigrations(sql, files)).toEqual(["20260101000000_a", "20260102000000_b"]);
    expect(await applyMigrations(sql, files)).toEqual([]);

    const rows = await sql.query<{ migration_name: string; checksum: string; applied_steps_count: number }>(
      `SELECT migration_name, checksum, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    expect(rows).toEqual([
      { migration_name: "20260101000000_a", checksum: files[0]!.checksum, applied_steps_count: 1 },
      { migration_name: "20260102000000_b", checksum: files[1]!.checksum, applied_steps_count: 1 },
    ]);
  });

  it("rolls back a failing migration entirely and leaves it pending", async () => {
    pglite = await openMemoryDatabase();
    const sql = pgliteConnection(pglite);
    const files = [migration("20260101000000_bad", `CREATE TABLE "C" ("id" INTEGER); SELECT no_such_function();`)];

    await expect(applyMigrations(sql, files)).rejects.toThrow(/20260101000000_bad failed/);
    const tables = await sql.query(`SELECT 1 FROM information_schema.tables WHERE table_name = 'C'`);
    expect(tables).toHaveLength(0);
    expect((await migrationState(sql, files)).pending).toEqual(["20260101000000_bad"]);
  });

  it("reports an applied migration whose file changed since", async () => {
    pglite = await openMemoryDatabase();
    const sql = pgliteConnection(pglite);
    await applyMigrations(sql, [migration("20260101000000_a", `CREATE TABLE "A" ("id" INTEGER);`)]);
    const state = await migrationState(sql, [migration("20260101000000_a", `CREATE TABLE "A" ("id" BIGINT);`)]);
    expect(state.modified).toEqual(["20260101000000_a"]);
    expect(state.pending).toEqual([]);
  });

  it("reads the project's migrations in name order", () => {
    const names = readMigrations().map((file) => file.name);
    expect(names).toEqual([...names].sort());
  });
});
