// npm run storage:migrate -- [--from DIR] [--delete-local]
// Moves the files of the local upload folder (UPLOAD_DIR, or --from) into the bucket named by
// STORAGE_URL. Each file's SHA-256 is checked against the hash recorded at upload and against
// the bytes read back from the bucket; local files are removed only with --delete-local, and only
// those whose copy was proven. Safe to run again: a rerun copies everything once more.
import { parseArgs } from "node:util";
import { env } from "@/lib/config/env";
import { openDatabaseForScript } from "@/lib/db/client";
import { copyBetweenStores } from "@/lib/uploads/copy-between-stores";
import { localStore } from "@/lib/uploads/local-store";
import { isStorageKey, objectStore } from "@/lib/uploads/storage";
import { recordedFileHashes } from "@/lib/uploads/recorded-hashes";

async function main() {
  const { values } = parseArgs({ options: { from: { type: "string" }, "delete-local": { type: "boolean" } } });
  const config = env();
  if (!config.STORAGE_URL) throw new Error("set STORAGE_URL to the bucket the files should move to");
  const source = localStore(values.from ?? config.UPLOAD_DIR);
  const target = objectStore();
  await target.check();

  const db = await openDatabaseForScript();
  const recorded = await recordedFileHashes(db.sql).finally(() => db.close());
  const keys: string[] = [];
  for await (const key of source.list()) if (isStorageKey(key)) keys.push(key);
  const unrecorded = keys.filter((key) => !recorded.has(key)).length;
  console.log(`${keys.length} local file(s); ${unrecorded} without a database record (copied, checked against their read-back only)`);

  const report = await copyBetweenStores(source, target, keys, {
    recordedHashes: recorded,
    onCopied: (key) => process.stdout.write(`copied   ${key}\n`),
  });
  for (const { key, problem } of report.mismatched) console.error(`MISMATCH ${key}: ${problem}`);
  console.log(`${report.copied} file(s), ${(report.bytes / 1024 / 1024).toFixed(1)} MiB copied and verified; ${report.mismatched.length} mismatched`);
  if (report.mismatched.length > 0) process.exit(2);
  if (values["delete-local"]) {
    for (const key of keys) await source.delete(key);
    console.log(`removed ${keys.length} local file(s)`);
  }
}

main().catch((error: unknown) => {
  console.error(`storage:migrate failed: ${(error as Error).message}`);
  process.exit(1);
});
