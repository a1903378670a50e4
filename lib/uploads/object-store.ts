// Where stored files' bytes live. storage.ts decides what may be stored and under which key;
// an ObjectStore only keeps bytes under keys. Two backends: a local folder (the default, no
// server needed) and an S3-compatible bucket (STORAGE_URL), so several app instances share files.
export interface ObjectStore {
  /** "local" or "s3": reported by readiness and backups, never with credentials. */
  readonly kind: "local" | "s3";
  /** Writes the bytes under a key that must not exist yet. */
  put(key: string, bytes: Uint8Array): Promise<void>;
  /** The bytes under the key; throws StoredFileMissingError when there are none. */
  get(key: string): Promise<Buffer>;
  /** Removes the key; a key already gone is no error (deletions are retried). */
  delete(key: string): Promise<void>;
  /** Every key in the store, in no particular order. */
  list(): AsyncIterable<string>;
  /** Whether the store answers: a readiness check, it writes nothing. */
  check(): Promise<void>;
}

export class StoredFileMissingError extends Error {
  constructor(readonly key: string) {
    super(`stored file missing: ${key}`);
    this.name = "StoredFileMissingError";
  }
}
