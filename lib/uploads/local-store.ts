// Files in a local folder (UPLOAD_DIR), outside the web root. Fine for one instance; several
// instances need a shared bucket (s3-store.ts).
import { mkdir, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { StoredFileMissingError, type ObjectStore } from "./object-store";

export function localStore(root: string): ObjectStore {
  const at = (key: string) => path.join(root, key);
  return {
    kind: "local",
    async put(key, bytes) {
      const target = at(key);
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, bytes, { flag: "wx" });
    },
    async get(key) {
      try {
        return await readFile(at(key));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") throw new StoredFileMissingError(key);
        throw error;
      }
    },
    async delete(key) {
      await rm(at(key), { force: true });
    },
    async *list() {
      let entries: string[];
      try {
        entries = await readdir(root, { recursive: true });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") return;
        throw error;
      }
      for (const entry of entries) {
        if ((await stat(at(entry))).isFile()) yield entry.split(path.sep).join("/");
      }
    },
    async check() {
      await mkdir(root, { recursive: true });
    },
  };
}
