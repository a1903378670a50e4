// Migrates one template database before the test run; each test file then gets its own copy
// (tests/helpers/test-db.ts), so tests are isolated without paying for migrations every time.
// PostgreSQL when DATABASE_URL is set (CI), otherwise embedded PGlite (a fresh machine).
import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { openMemoryDatabase } from "../../lib/db/embedded";
import { applyMigrations } from "../../lib/db/migrate";
import { pgliteConnection, pgPoolConnection } from "../../lib/db/sql-connection";

declare module "vitest" {
  export interface ProvidedContext {
    testDatabase: { kind: "postgresql"; url: string; template: string; runTag: string } | { kind: "pglite"; dumpPath: string };
  }
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

export default async function setup(project: TestProject) {
  const url = process.env.DATABASE_URL;
  if (url) {
    // Every database of this run carries the run's tag, so the clean-up below never drops the
    // databases of another test run sharing the same server.
    const runTag = randomUUID().replaceAll("-", "").slice(0, 8);
    const template = `kj_test_${runTag}_tpl`;
    const admin = new pg.Pool({ connectionString: url, max: 1 });
    await admin.query(`CREATE DATABASE "${template}"`);
    const pool = new pg.Pool({ connectionString: withDatabase(url, template), max: 1 });
    await applyMigrations(pgPoolConnection(pool));
    await pool.end();
    project.provide("testDatabase", { kind: "postgresql", url, template, runTag });
    return async () => {
      const leftovers = await admin.query<{ datname: string }>(
        `SELECT datname FROM pg_database WHERE datname LIKE $1`,
        [`kj_test_${runTag}_%`],
      );
      for (const { datname } of leftovers.rows) {
        await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
      }
      await admin.end();
    };
  }
  const pglite = await openMemoryDatabase();
  await applyMigrations(pgliteConnection(pglite));
  const dump = await pglite.dumpDataDir("gzip");
  await pglite.close();
  const dir = mkdtempSync(path.join(tmpdir(), "kj-test-db-"));
  const dumpPath = path.join(dir, "migrated.tar.gz");
  writeFileSync(dumpPath, Buffer.from(await dump.arrayBuffer()));
  project.provide("testDatabase", { kind: "pglite", dumpPath });
  return () => rmSync(dir, { recursive: true, force: true });
}
