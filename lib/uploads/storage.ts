// Uploaded files: what may be stored, under which key, and where. The bytes go to an S3-compatible
// bucket when STORAGE_URL is set, else to UPLOAD_DIR (default ./.data/uploads); either way outside
// the web root, only ever served by route handlers that first check the caller may see them.
import { createHash, randomUUID } from "node:crypto";
import path from "node:path";
import { env } from "@/lib/config/env";
import { localStore } from "./local-store";
import type { ObjectStore } from "./object-store";
import { s3Store } from "./s3-store";
import { parseStorageUrl } from "./storage-url";
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

function uploadRoot(uploadDir = env().UPLOAD_DIR): string {
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), uploadDir);
}

function checkedKey(storageKey: string): string {
  if (!STORAGE_KEY.test(storageKey)) throw new Error("invalid storage key");
  return storageKey;
}

/** Where a key's bytes are on the local disk (the local backend only). */
export function pathForKey(storageKey: string): string {
  return path.join(uploadRoot(), checkedKey(storageKey));
}

const s3Stores = new Map<string, ObjectStore>();

/** The store these settings name: the STORAGE_URL bucket, or the local UPLOAD_DIR folder. */
export function objectStoreFor(settings: { STORAGE_URL?: string; UPLOAD_DIR: string }): ObjectStore {
  const url = settings.STORAGE_URL;
  if (!url) return localStore(uploadRoot(settings.UPLOAD_DIR));
  let store = s3Stores.get(url);
  if (!store) {
    store = s3Store(parseStorageUrl(url));
    s3Stores.set(url, store);
  }
  return store;
}

/** The configured store (STORAGE_URL, else UPLOAD_DIR). */
export function objectStore(): ObjectStore {
  return objectStoreFor(env());
}

/** Whether a key is one storeUpload could have made (backups and migrations skip anything else). */
export function isStorageKey(key: string): boolean {
  return STORAGE_KEY.test(key);
}

/** Checks size and real type, then stores the bytes under a fresh key. */
export async function storeUpload(bytes: Uint8Array, originalName: string, rules: UploadRules): Promise<StoredUpload> {
  if (bytes.byteLength === 0) throw new UploadRejectedError("empty");
  if (bytes.byteLength > rules.maxBytes) throw new UploadRejectedError("tooLarge");
  const kind = await detectFileKind(bytes);
  if (!kind || !rules.allowed.includes(kind)) throw new UploadRejectedError("typeNotAllowed");

  const now = clock.now();
  const storageKey = `${now.getUTCFullYear()}/${String(now.getUTCMonth() + 1).padStart(2, "0")}/${randomUUID()}.${EXTENSIONS[kind]}`;
  await objectStore().put(storageKey, bytes);
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
  return objectStore().get(checkedKey(storageKey));
}

/** Removes a stored file; a file already gone is no error (deletions are retried). */
export async function deleteUpload(storageKey: string): Promise<void> {
  await objectStore().delete(checkedKey(storageKey));
}
