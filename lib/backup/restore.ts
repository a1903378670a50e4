// Brings a backup archive back into an EMPTY database and an EMPTY file store (it never mixes
// into live data), then proves the result: every file's SHA-256 as read back from the store, and
// every table's row count, against the manifest.
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import * as tar from "tar";
import { copyBetweenStores } from "@/lib/uploads/copy-between-stores";
import { localStore } from "@/lib/uploads/local-store";
import type { ObjectStore } from "@/lib/uploads/object-store";
import { DUMP_FILE, FILES_DIR, MANIFEST_FILE, manifestSchema, type BackupManifest } from "./manifest";
import { databaseIsEmpty, tableRowCounts } from "./table-counts";

const run = promisify(execFile);

export class RestoreRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "RestoreRefusedError";
  }
}

export interface RestoreReport {
  manifest: BackupManifest;
  filesRestored: number;
  /** Tables whose row count differs from the manifest (empty when all agree). */
  tableMismatches: { table: string; expected: number; actual: number | undefined }[];
  fileMismatches: string[];
}

async function storeIsEmpty(store: ObjectStore): Promise<boolean> {
  for await (const _key of store.list()) return false;
  return true;
}

export async function restoreBackup(options: { archive: string; databaseUrl: string; store: ObjectStore }): Promise<RestoreReport> {
  if (!(await databaseIsEmpty(options.databaseUrl))) throw new RestoreRefusedError("the database is not empty: restore only into a new, empty database");
  if (!(await storeIsEmpty(options.store))) throw new RestoreRefusedError("the file store is not empty: restore only into a new, empty folder or bucket");
  const staging = await mkdtemp(path.join(tmpdir(), "kyodo-restore-"));
  try {
    await tar.x({ file: options.archive, cwd: staging, strict: true });
    const manifest = manifestSchema.parse(JSON.parse(await readFile(path.join(staging, MANIFEST_FILE), "utf8")));
    await run("pg_restore", ["--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction", `--dbname=${options.databaseUrl}`, path.join(staging, DUMP_FILE)], {
      maxBuffer: 16 * 1024 * 1024,
    });
    const recorded = new Map(manifest.files.map((file) => [file.key, file.sha256]));
    const copy = await copyBetweenStores(localStore(path.join(staging, FILES_DIR)), options.store, recorded.keys(), { recordedHashes: recorded });
    const counts = await tableRowCounts(options.databaseUrl);
    const tableMismatches = Object.entries(manifest.database.tables)
      .filter(([table, expected]) => counts[table] !== expected)
      .map(([table, expected]) => ({ table, expected, actual: counts[table] }));
    return { manifest, filesRestored: copy.copied, tableMismatches, fileMismatches: copy.mismatched.map((m) => m.key) };
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
