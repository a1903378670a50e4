// Uploaded files in an S3-compatible bucket (STORAGE_URL), against a real S3 server started here.
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyBetweenStores, sha256Hex } from "@/lib/uploads/copy-between-stores";
import { DRAWING_KINDS } from "@/lib/uploads/file-kinds";
import { localStore } from "@/lib/uploads/local-store";
import { StoredFileMissingError } from "@/lib/uploads/object-store";
import { s3Store } from "@/lib/uploads/s3-store";
import { deleteUpload, objectStore, readUpload, storeUpload } from "@/lib/uploads/storage";
import { describeBucket, parseStorageUrl } from "@/lib/uploads/storage-url";
import { startS3Server, type TestS3Server } from "../helpers/s3-server";

const PDF = new TextEncoder().encode("%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<<>>\n%%EOF\n");

async function keysOf(store: { list(): AsyncIterable<string> }): Promise<string[]> {
  const keys: string[] = [];
  for await (const key of store.list()) keys.push(key);
  return keys.sort();
}

describe("STORAGE_URL", () => {
  it("reads an S3-compatible endpoint with credentials, bucket and prefix", () => {
    const location = parseStorageUrl("https://AKIA%2Fx:s%40cret@abc.r2.cloudflarestorage.com/kyodo-files/prod?region=auto");
    expect(location).toEqual({
      bucket: "kyodo-files",
      prefix: "prod/",
      region: "auto",
      endpoint: "https://abc.r2.cloudflarestorage.com",
      credentials: { accessKeyId: "AKIA/x", secretAccessKey: "s@cret" },
    });
    expect(describeBucket(location)).not.toContain("cret");
  });

  it("reads an AWS bucket with the region and no endpoint", () => {
    expect(parseStorageUrl("s3://kyodo-files?region=ap-northeast-1")).toEqual({
      bucket: "kyodo-files",
      prefix: "",
      region: "ap-northeast-1",
      endpoint: undefined,
      credentials: undefined,
    });
  });

  it("refuses what names no bucket", () => {
    expect(() => parseStorageUrl("https://host.example/")).toThrow(/bucket/);
    expect(() => parseStorageUrl("ftp://host/bucket")).toThrow();
    expect(() => parseStorageUrl("not a url")).toThrow();
  });
});

describe("uploads with STORAGE_URL set go to the bucket", () => {
  let s3: TestS3Server;
  let localDir: string;
  beforeAll(async () => {
    s3 = await startS3Server();
    localDir = mkdtempSync(path.join(tmpdir(), "kj-uploads-s3-"));
    process.env.UPLOAD_DIR = localDir;
    process.env.STORAGE_URL = s3.storageUrl;
  });
  afterAll(async () => {
    await s3.stop();
    rmSync(localDir, { recursive: true, force: true });
  });

  it("stores, reads back and deletes through the bucket, never the local folder", async () => {
    expect(objectStore().kind).toBe("s3");
    const stored = await storeUpload(PDF, "図面.pdf", { allowed: DRAWING_KINDS, maxBytes: 1024 * 1024 });
    const bucket = s3Store(parseStorageUrl(s3.storageUrl));
    expect(await keysOf(bucket)).toContain(stored.storageKey);
    expect(readdirSync(localDir)).toEqual([]);
    const read = await readUpload(stored.storageKey);
    expect(sha256Hex(read)).toBe(stored.sha256);

    await deleteUpload(stored.storageKey);
    await deleteUpload(stored.storageKey); // a retried deletion is no error
    expect(await keysOf(bucket)).not.toContain(stored.storageKey);
    await expect(readUpload(stored.storageKey)).rejects.toBeInstanceOf(StoredFileMissingError);
  });

  it("refuses keys that storeUpload could not have made", async () => {
    await expect(readUpload("../../etc/passwd")).rejects.toThrow(/invalid storage key/);
  });

  it("fails on an unknown access key instead of storing anything", async () => {
    const wrong = s3Store(parseStorageUrl(s3.storageUrl.replace("S3RVER:S3RVER", "SOMEONE:S3RVER")));
    await expect(wrong.put("2026/12/00000000-0000-4000-8000-000000000000.pdf", PDF)).rejects.toThrow(/Access Key/);
  });

  it("migrates local files into the bucket and proves each by its SHA-256", async () => {
    const source = localStore(mkdtempSync(path.join(tmpdir(), "kj-uploads-src-")));
    const target = s3Store({ ...parseStorageUrl(s3.storageUrl), prefix: "migrated/" });
    const good = "2026/11/11111111-1111-4111-8111-111111111111.pdf";
    const tampered = "2026/11/22222222-2222-4222-8222-222222222222.pdf";
    await source.put(good, PDF);
    await source.put(tampered, PDF);
    const recorded = new Map([
      [good, sha256Hex(PDF)],
      [tampered, sha256Hex(new TextEncoder().encode("what was uploaded"))],
    ]);

    const report = await copyBetweenStores(source, target, await keysOf(source), { recordedHashes: recorded });
    expect(report).toMatchObject({ copied: 1, bytes: PDF.byteLength, mismatched: [{ key: tampered, problem: "sourceDiffersFromRecord" }] });
    expect(await keysOf(target)).toEqual([good]);
    expect(sha256Hex(await target.get(good))).toBe(sha256Hex(PDF));

    // A rerun is safe: the object is replaced by the same bytes.
    writeFileSync(path.join(localDir, "unrelated"), "x");
    const again = await copyBetweenStores(source, target, [good], { recordedHashes: recorded });
    expect(again.copied).toBe(1);
  });
});
