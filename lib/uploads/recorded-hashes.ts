// The SHA-256 recorded for every stored file when it was uploaded (Attachment.sha256).
import type { SqlConnection } from "@/lib/db/sql-connection";

export async function recordedFileHashes(sql: SqlConnection): Promise<Map<string, string>> {
  const rows = await sql.query<{ storageKey: string; sha256: string }>(`SELECT "storageKey", "sha256" FROM "Attachment"`);
  return new Map(rows.map((row) => [row.storageKey, row.sha256]));
}
