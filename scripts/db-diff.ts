// npm run db:diff — compares the database (DATABASE_URL, or the embedded one in PGLITE_DIR) with
// prisma/schema.prisma and lists every difference. Exit code 1 when they disagree: write the
// missing SQL migration (see docs/decisions/001-sql-migrations.md).
import { openDatabaseForScript } from "@/lib/db/client";
import { schemaDrift } from "@/lib/db/schema-drift";

async function main() {
  const db = await openDatabaseForScript();
  try {
    const problems = await schemaDrift(db.sql);
    for (const problem of problems) console.log(problem);
    console.log(problems.length === 0 ? `${db.kind}: the database matches prisma/schema.prisma` : `${db.kind}: ${problems.length} difference(s)`);
    process.exitCode = problems.length === 0 ? 0 : 1;
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => {
  console.error(`db:diff failed: ${(error as Error).message}`);
  process.exit(1);
});
