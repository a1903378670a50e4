// Uploaded files live under UPLOAD_DIR (default ./.data/uploads), outside the web root: they are
// only ever served by route handlers that first check the caller may see them.
import { createHash, randomUUID } from "node:crypto";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { env } from "@/lib/config/env";
import { detectFileKind, EXTENSIONS, MIME_TYPES, type FileKind } from "./file-kinds";
import { safeFileName } from "./safe-file-name";
import { clock } from "@/lib/clock";

export type UploadProblem = "empty" | "tooLarge" | "typeNotAllowed" | "encrypted" | "unreadable";

export class UploadRejectedError extends Error {
  constructor(readonly problem: UploadProblem) {
    super(`upload rejected: ${problem}`);
    this.name = "UploadRejectedError";
  }
}

export interface StoredUpload {
  storageKey: string;
  fileName: string;
  mimeType: string;
  kind: FileKind;
  sizeBytes: number;
  sha256: string;
}

export interface UploadRules {
  allowed: readonly FileKind[];
  maxBytes: number;
}

const STORAGE_KEY = /^\d{4}\/\d{2}\/[0-9a-f-]{36}\.[a-z]{2,4}$/;

function uploadRoot(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), env().UPLOAD_DIR);
}

export function pathForKey(storageKey: string): string {
  if (!STORAGE_KEY.test(storageKey)) throw new Error("invalid storage key");
  return path.join(uploadRoot(), storageKey);
}

/** Checks size and real type, then stores the bytes under a fresh key. */
export async function storeUpload(bytes: Uint8Array, originalName: string, rules: UploadRules): Promise<StoredUpload> {
  if (bytes.byteLength === 0) throw new UploadRejectedError("empty");
  if (bytes.byteLength > rules.maxBytes) throw new UploadRejectedError("tooLarge");
  const kind = await detectFileKind(bytes);
  if (!kind || !rules.allowed.includes(kind)) throw new UploadRejectedError("typeNotAllowed");

  const now = clock.now();
  const storageKey = `${now.getUTCFullYear()}/${String(now.getUTCMonth() + 1).padStart(2, "0")}/${randomUUID()}.${EXTENSIONS[kind]}`;
  const target = pathForKey(storageKey);
  await mkdir(path.dirname(target), { recursive: true });
  await writeFile(target, bytes, { flag: "wx" });
  return {
    storageKey,
    fileName: safeFileName(originalName, EXTENSIONS[kind]),
    mimeType: MIME_TYPES[kind],
    kind,
    sizeBytes: bytes.byteLength,
    sha256: createHash("sha256").update(bytes).digest("hex"),
  };
}

export async function readUpload(storageKey: string): Promise<Buffer> {
  return readFile(pathForKey(storageKey));
}

/** Removes a stored file; a file already gone is no error (deletions are retried). */
export async function deleteUpload(storageKey: string): Promise<void> {
  await rm(pathForKey(storageKey), { force: true });
}
