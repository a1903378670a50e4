// The backup drill: back up the demo data (database and the files in a bucket) with
// `npm run backup`, restore the archive with `npm run restore` into an empty database and an
// empty local folder, and compare every table's row count and every file's hash. PostgreSQL only.
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tableRowCounts } from "@/lib/backup/table-counts";
import { seedDemoData } from "@/lib/demo-data/seed-demo-data";
import { sha256Hex } from "@/lib/uploads/copy-between-stores";
import { localStore } from "@/lib/uploads/local-store";
import type { ObjectStore } from "@/lib/uploads/object-store";
import { s3Store } from "@/lib/uploads/s3-store";
import { parseStorageUrl } from "@/lib/uploads/storage-url";
import { startS3Server, type TestS3Server } from "../helpers/s3-server";
import { createEmptyTestDatabase, createTestDatabaseWithUrl } from "../helpers/test-db";

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, "../..");
const TSX = path.join(ROOT, "node_modules/.bin/tsx");

const source = await createTestDatabaseWithUrl();

async function fileHashes(store: ObjectStore): Promise<Record<string, string>> {
  const hashes: Record<string, string> = {};
  for await (const key of store.list()) hashes[key] = sha256Hex(await store.get(key));
  return hashes;
}

function script(name: string, args: string[], env: Record<string, string>) {
  return run(TSX, [path.join(ROOT, "scripts", name), ...args], { cwd: ROOT, env: { ...process.env, NODE_ENV: "production", NEXTAUTH_SECRET: "drill-secret-0123456789abcdef0123456789", ...env } });
}

describe.skipIf(source === null)("backup and restore drill", () => {
  let s3: TestS3Server;
  let work: string;
  let target: { url: string; drop(): Promise<void> };

  beforeAll(async () => {
    s3 = await startS3Server();
    process.env.STORAGE_URL = s3.storageUrl; // the demo data's files go to the bucket
    await seedDemoData(source!, { firms: 60 });
    work = mkdtempSync(path.join(tmpdir(), "kj-drill-"));
    target = (await createEmptyTestDatabase())!;
  }, 300_000);

  afterAll(async () => {
    await source?.close();
    await target?.drop();
    await s3?.stop();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it("restores every row and every file elsewhere", async () => {
    const archive = path.join(work, "drill.tar.gz");
    const backup = await script("backup.ts", ["--out", archive], { DATABASE_URL: source!.url, STORAGE_URL: s3.storageUrl });
    expect(backup.stdout).toContain("backup written");

    const restoredFiles = path.join(work, "restored-files");
    const restore = await script("restore.ts", [archive], { DATABASE_URL: target.url, STORAGE_URL: "", UPLOAD_DIR: restoredFiles });
    expect(restore.stdout).toContain("restored backup");

    const [before, after] = await Promise.all([tableRowCounts(source!.url), tableRowCounts(target.url)]);
    expect(Object.keys(before).length).toBeGreaterThan(40);
    expect(before["public.Firm"]).toBeGreaterThanOrEqual(60);
    expect(after).toEqual(before);

    const [originalFiles, copiedFiles] = await Promise.all([fileHashes(s3Store(parseStorageUrl(s3.storageUrl))), fileHashes(localStore(restoredFiles))]);
    expect(Object.keys(originalFiles).length).toBeGreaterThan(0);
    expect(copiedFiles).toEqual(originalFiles);
  }, 300_000);

  it("refuses to restore into a database that already has data", async () => {
    const archive = path.join(work, "drill.tar.gz");
    const again = script("restore.ts", [archive], { DATABASE_URL: target.url, STORAGE_URL: "", UPLOAD_DIR: path.join(work, "other") });
    await expect(again).rejects.toMatchObject({ stderr: expect.stringContaining("not empty") });
  }, 120_000);
});
