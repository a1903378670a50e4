// npm run db:migrate — applies pending SQL migrations to DATABASE_URL, or to the embedded
// database in PGLITE_DIR when no URL is set. Safe to run repeatedly.
import { openDatabaseForScript } from "@/lib/db/client";
import { applyMigrations, migrationState } from "@/lib/db/migrate";

async function main() {
  const db = await openDatabaseForScript();
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
