// npm run db:seed -- [--firms N] [--orders N] [--seed N] [--reset]
// Fills DATABASE_URL (or the embedded database in PGLITE_DIR) with deterministic demo data.
import { parseArgs } from "node:util";
import { z } from "zod";
import { openDatabaseForScript } from "@/lib/db/client";
import { applyMigrations } from "@/lib/db/migrate";
import { seedDemoData } from "@/lib/demo-data/seed-demo-data";
import { resetApplicationTables } from "@/lib/demo-data/reset";

const argsSchema = z.object({
  firms: z.coerce.number().int().min(20).max(100_000).default(600),
  orders: z.coerce.number().int().min(0).max(1_000_000).optional(),
  seed: z.coerce.number().int().min(0).default(20261122),
  reset: z.boolean().default(false),
});

async function main() {
  const { values } = parseArgs({
    options: { firms: { type: "string" }, orders: { type: "string" }, seed: { type: "string" }, reset: { type: "boolean" } },
  });
  const parsed = argsSchema.safeParse(values);
  if (!parsed.success) {
    throw new Error(parsed.error.issues.map((issue) => `--${issue.path.join(".")}: ${issue.message}`).join("; "));
  }
  const args = parsed.data;
  const db = await openDatabaseForScript();
  try {
    await applyMigrations(db.sql);
    const existing = await db.sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Federation"`);
    if ((existing[0]?.n ?? 0) > 0) {
      if (!args.reset) throw new Error("the database already has data; run again with --reset to replace it");
      await resetApplicationTables(db.sql);
    }
    console.log(`seeding ${db.kind}: ${args.firms} firms, ${args.orders ?? Math.round(args.firms / 2)} orders, seed ${args.seed}`);
    const summary = await seedDemoData(db, { firms: args.firms, orders: args.orders, seed: args.seed, onProgress: (m) => console.log(`  ${m}`) });
    for (const [table, n] of Object.entries(summary.counts)) console.log(`  ${table.padEnd(24)} ${n}`);
    console.log(`done in ${summary.seconds.toFixed(1)} s`);
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => {
  console.error(`db:seed failed: ${(error as Error).message}`);
  process.exit(1);
});
