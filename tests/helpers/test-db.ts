// A private, migrated database for one test file: a copy of the template that
// tests/setup/global-db.ts prepared. Real PostgreSQL or PGlite, never a mock.
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import pg from "pg";
import { inject } from "vitest";
import { databaseFromPglite, databaseFromUrl, type Database } from "@/lib/db/client";
import { openMemoryDatabase } from "@/lib/db/embedded";
import { withDatabase } from "../setup/global-db";

/** A fresh migrated PostgreSQL database and its URL, for tests that start servers on it;
 *  null on PGlite (one process per database: nothing else could share it). */
export async function createTestDatabaseWithUrl(): Promise<(Database & { url: string }) | null> {
  const config = inject("testDatabase");
  if (config.kind !== "postgresql") return null;
  return createPostgresCopy(config);
}

/** A new database with nothing in it (not even migrations), e.g. to restore a backup into;
 *  null on PGlite. */
export async function createEmptyTestDatabase(): Promise<{ url: string; drop(): Promise<void> } | null> {
  const config = inject("testDatabase");
  if (config.kind !== "postgresql") return null;
  const name = `kj_test_${config.runTag}_${randomUUID().replaceAll("-", "").slice(0, 12)}`;
  const admin = new pg.Client({ connectionString: config.url });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`).finally(() => admin.end());
  return {
    url: withDatabase(config.url, name),
    async drop() {
      const dropper = new pg.Client({ connectionString: config.url });
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).finally(() => dropper.end());
    },
  };
}

export async function createTestDatabase(): Promise<Database> {
  const config = inject("testDatabase");
  if (config.kind === "pglite") {
    const dump = new Blob([readFileSync(config.dumpPath)]);
    const pglite = await openMemoryDatabase(dump);
    return databaseFromPglite(pglite, () => pglite.close());
  }
  return createPostgresCopy(config);
}

async function createPostgresCopy(config: { url: string; template: string; runTag: string }): Promise<Database & { url: string }> {
  const name = `kj_test_${config.runTag}_${randomUUID().replaceAll("-", "").slice(0, 12)}`;
  const admin = new pg.Client({ connectionString: config.url });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${config.template}"`);
  } finally {
    await admin.end();
  }
  const url = withDatabase(config.url, name);
  const db = databaseFromUrl(url);
  return {
    ...db,
    url,
    async close() {
      await db.close();
      const dropper = new pg.Client({ connectionString: config.url });
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await dropper.end();
    },
  };
}
