// npm run restore -- FILE
// Restores a backup archive into the EMPTY database at DATABASE_URL and the EMPTY file store
// (UPLOAD_DIR or the STORAGE_URL bucket), then checks every table's row count and every file's
// SHA-256 against the archive's manifest. Exit 2 when anything differs. Needs pg_restore.
import path from "node:path";
import { parseArgs } from "node:util";
import { restoreBackup } from "@/lib/backup/restore";
import { env } from "@/lib/config/env";
import { objectStore } from "@/lib/uploads/storage";

async function main() {
  const { positionals } = parseArgs({ allowPositionals: true });
  const archive = positionals[0];
  if (!archive) throw new Error("name the archive: npm run restore -- backups/kyodo-….tar.gz");
  const config = env();
  if (!config.DATABASE_URL) throw new Error("set DATABASE_URL to the new, empty PostgreSQL database");
  const started = Date.now();
  const report = await restoreBackup({ archive: path.resolve(archive), databaseUrl: config.DATABASE_URL, store: objectStore() });
  for (const m of report.tableMismatches) console.error(`MISMATCH table ${m.table}: ${m.actual ?? "missing"} rows, backup had ${m.expected}`);
  for (const key of report.fileMismatches) console.error(`MISMATCH file ${key}: SHA-256 differs from the backup's manifest`);
  console.log(
    `restored backup of ${report.manifest.createdAt}: ${Object.keys(report.manifest.database.tables).length} tables, ${report.filesRestored}/${report.manifest.files.length} files; ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  if (report.tableMismatches.length || report.fileMismatches.length) process.exit(2);
}

main().catch((error: unknown) => {
  console.error(`restore failed: ${(error as Error).message}`);
  process.exit(1);
});
