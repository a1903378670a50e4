// One archive (.tar.gz) with everything needed to bring the platform back: a PostgreSQL dump
// (pg_dump's custom format, without owners or grants so it restores into any account), every
// stored file from the local folder or the bucket, and a manifest of row counts and hashes.
// Staged in a temporary folder first, so the archive appears only when it is complete.
import { execFile } from "node:child_process";
import { mkdir, mkdtemp, rename, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import * as tar from "tar";
import { sha256Hex } from "@/lib/uploads/copy-between-stores";
import type { ObjectStore } from "@/lib/uploads/object-store";
import { isStorageKey } from "@/lib/uploads/storage";
import { DUMP_FILE, FILES_DIR, MANIFEST_FILE, type BackupManifest } from "./manifest";
import { tableRowCounts } from "./table-counts";

const run = promisify(execFile);

export interface BackupOptions {
  databaseUrl: string;
  store: ObjectStore;
  /** The archive to write (.tar.gz). */
  out: string;
  /** When the backup was taken (lib/clock in the script). */
  now: Date;
}

export async function createBackup(options: BackupOptions): Promise<BackupManifest> {
  const staging = await mkdtemp(path.join(tmpdir(), "kyodo-backup-"));
  try {
    // Row counts first, then the dump: on a live system rows written in between make the dump
    // hold more, never fewer; the drill runs on a quiet database and expects equality.
    const tables = await tableRowCounts(options.databaseUrl);
    await run("pg_dump", ["--format=custom", "--no-owner", "--no-privileges", `--file=${path.join(staging, DUMP_FILE)}`, `--dbname=${options.databaseUrl}`], {
      maxBuffer: 16 * 1024 * 1024,
    });
    const files: BackupManifest["files"] = [];
    for await (const key of options.store.list()) {
      if (!isStorageKey(key)) continue;
      const bytes = await options.store.get(key);
      const target = path.join(staging, FILES_DIR, key);
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, bytes);
      files.push({ key, sizeBytes: bytes.byteLength, sha256: sha256Hex(bytes) });
    }
    files.sort((x, y) => x.key.localeCompare(y.key));
    const manifest: BackupManifest = {
      format: 1,
      createdAt: options.now.toISOString(),
      database: { dumpFile: DUMP_FILE, tables },
      storage: { kind: options.store.kind },
      files,
    };
    await writeFile(path.join(staging, MANIFEST_FILE), JSON.stringify(manifest, null, 2));
    const partial = `${options.out}.partial`;
    await tar.c({ gzip: true, file: partial, cwd: staging, portable: true }, [MANIFEST_FILE, DUMP_FILE, ...(files.length ? [FILES_DIR] : [])]);
    await rename(partial, options.out);
    return manifest;
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
