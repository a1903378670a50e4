// Embedded PostgreSQL (PGlite) kept in a folder, for machines without a database server.
// PGlite has no file lock of its own: two processes on one folder silently split the data.
// A lock file beside the folder records the owning process; a second process gets a clear
// error instead, and a lock left by a dead process is taken over.
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { btree_gin } from "@electric-sql/pglite/contrib/btree_gin";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";
import { closeSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from "node:fs";
import path from "node:path";

/** The extensions our migrations may create; a PostgreSQL server ships them in contrib. */
export const embeddedExtensions = { pg_trgm, btree_gin, unaccent };

export class DatabaseLockedError extends Error {
  constructor(dir: string, pid: number) {
    super(
      `The embedded database in ${dir} is already open in process ${pid}. ` +
        `Stop that process (for example a running "npm run dev") first, or set DATABASE_URL to use a PostgreSQL server.`,
    );
    this.name = "DatabaseLockedError";
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function acquireLock(dir: string): () => void {
  const lockPath = `${path.resolve(dir)}.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockPath, "wx");
      writeSync(fd, String(process.pid));
      closeSync(fd);
      const release = () => {
        try {
          if (readFileSync(lockPath, "utf8") === String(process.pid)) unlinkSync(lockPath);
        } catch {
          // already gone
        }
      };
      process.once("exit", release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const owner = Number.parseInt(readFileSync(lockPath, "utf8"), 10);
      if (owner === process.pid) throw new DatabaseLockedError(dir, owner);
      if (Number.isFinite(owner) && isAlive(owner)) throw new DatabaseLockedError(dir, owner);
      unlinkSync(lockPath); // stale: its process is gone
    }
  }
  throw new Error(`Could not lock the embedded database in ${dir}`);
}

export interface EmbeddedDatabase {
  pglite: PGlite;
  close(): Promise<void>;
}

/** Opens (creating if needed) the embedded database in `dir`, holding its lock until closed. */
export async function openEmbeddedDatabase(dir: string): Promise<EmbeddedDatabase> {
  mkdirSync(dir, { recursive: true });
  const release = acquireLock(dir);
  try {
    const pglite = await PGlite.create({ dataDir: dir, extensions: embeddedExtensions });
    return {
      pglite,
      async close() {
        await pglite.close();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}

/** An in-memory database, optionally started from a dump (tests use one per file). */
export async function openMemoryDatabase(loadDataDir?: Blob): Promise<PGlite> {
  return PGlite.create({ extensions: embeddedExtensions, ...(loadDataDir ? { loadDataDir } : {}) });
}
