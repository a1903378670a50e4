// Whether this instance can serve: the database answers with every migration applied, and the
// file store (local folder or bucket) answers.
import { databaseHealth, type DatabaseHealth } from "@/lib/db/health";
import { objectStore } from "@/lib/uploads/storage";
import { errorFields, log } from "./log";

export interface Readiness {
  status: "ok" | "error";
  database: DatabaseHealth;
  storage: { status: "ok" | "error"; kind: "local" | "s3" | "unknown"; error?: string };
}

export async function storageReadiness(): Promise<Readiness["storage"]> {
  try {
    const store = objectStore();
    await store.check();
    return { status: "ok", kind: store.kind };
  } catch (error) {
    log.warn({ component: "readiness", ...errorFields(error) }, "file store not ready");
    return { status: "error", kind: "unknown", error: (error as Error).name };
  }
}

export async function readiness(): Promise<Readiness> {
  const [database, storage] = await Promise.all([databaseHealth(), storageReadiness()]);
  return { status: database.status === "ok" && storage.status === "ok" ? "ok" : "error", database, storage };
}
