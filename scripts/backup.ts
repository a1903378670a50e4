// npm run backup -- [--out FILE]
// Writes one .tar.gz with a pg_dump of DATABASE_URL, every stored file (UPLOAD_DIR or the
// STORAGE_URL bucket) and a manifest of row counts and SHA-256 hashes. Needs pg_dump (PostgreSQL
// client tools of the server's major version or newer) on PATH.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { createBackup } from "@/lib/backup/backup";
import { clock } from "@/lib/clock";
import { env } from "@/lib/config/env";
import { objectStore } from "@/lib/uploads/storage";

async function main() {
  const { values } = parseArgs({ options: { out: { type: "string" } } });
  const config = env();
  if (!config.DATABASE_URL) throw new Error("set DATABASE_URL: backups are of a PostgreSQL server (for the embedded database, copy .data/ while the app is stopped)");
  const now = clock.now();
  const stamp = now.toISOString().replace(/[-:]/g, "").replace("T", "-").slice(0, 15);
  const out = path.resolve(values.out ?? path.join("backups", `kyodo-${stamp}.tar.gz`));
  mkdirSync(path.dirname(out), { recursive: true });
  const started = Date.now();
  const manifest = await createBackup({ databaseUrl: config.DATABASE_URL, store: objectStore(), out, now });
  const rows = Object.values(manifest.database.tables).reduce((sum, n) => sum + n, 0);
  const bytes = manifest.files.reduce((sum, f) => sum + f.sizeBytes, 0);
  console.log(`backup written: ${out}`);
  console.log(`  ${Object.keys(manifest.database.tables).length} tables, ${rows} rows; ${manifest.files.length} files (${(bytes / 1024 / 1024).toFixed(1)} MiB) from ${manifest.storage.kind} storage; ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

main().catch((error: unknown) => {
  console.error(`backup failed: ${(error as Error).message}`);
  process.exit(1);
});
