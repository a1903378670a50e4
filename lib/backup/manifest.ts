// What a backup archive holds (manifest.json at its root): the database dump's file, every
// table's row count at dump time, and every stored file with its size and SHA-256.
import { z } from "zod";

export const MANIFEST_FILE = "manifest.json";
export const DUMP_FILE = "database.dump";
export const FILES_DIR = "files";

export const manifestSchema = z.object({
  format: z.literal(1),
  createdAt: z.string(),
  database: z.object({ dumpFile: z.literal(DUMP_FILE), tables: z.record(z.string(), z.number().int().min(0)) }),
  storage: z.object({ kind: z.enum(["local", "s3"]) }),
  files: z.array(z.object({ key: z.string(), sizeBytes: z.number().int().min(0), sha256: z.string().regex(/^[0-9a-f]{64}$/) })),
});

export type BackupManifest = z.infer<typeof manifestSchema>;
