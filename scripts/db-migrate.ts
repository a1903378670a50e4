// npm run db:migrate — applies pending SQL migrations to DATABASE_URL, or to the embedded
// database in PGLITE_DIR when no URL is set. Safe to run repeatedly.
import { env } from "@/lib/config/env";
import { databaseFromPglite, databaseFromUrl, type Database } from "@/lib/db/client";
import { openEmbeddedDatabase } from "@/lib/db/embedded";
import { applyMigrations, migrationState } from "@/lib/db/migrate";

async function open(): Promise<Database> {
  const config = env();
  if (config.DATABASE_URL) return databaseFromUrl(config.DATABASE_URL);
  const embedded = await openEmbeddedDatabase(config.PGLITE_DIR);
  return databaseFromPglite(embedded.pglite, embedded.close);
}

async function main() {
  const db = await open();
  try {
    const applied = await applyMigrations(db.sql);
    const state = await migrationState(db.sql);
    for (const name of applied) console.log(`applied  ${name}`);
    for (const name of state.modified) console.warn(`warning  ${name} changed after it was applied`);
    console.log(`${db.kind}: ${state.applied.length} migration(s) applied, ${state.pending.length} pending` + (applied.length === 0 ? " (already up to date)" : ""));
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => {
  console.error(`db:migrate failed: ${(error as Error).message}`);
  process.exit(1);
});
