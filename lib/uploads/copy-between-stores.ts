// Copies stored files from one store to another and proves each copy by its SHA-256: the hash
// of the source bytes, of the bytes read back from the target, and (when the database records
// one) the hash recorded when the file was uploaded must all agree. Used by the storage
// migration (local folder → bucket) and by restore.
import { createHash } from "node:crypto";
import type { ObjectStore } from "./object-store";

export function sha256Hex(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

export interface CopyReport {
  copied: number;
  bytes: number;
  /** Keys whose bytes did not match: source vs. recorded hash, or target read-back vs. source. */
  mismatched: { key: string; problem: "sourceDiffersFromRecord" | "copyDiffersFromSource" }[];
}

export async function copyBetweenStores(
  source: ObjectStore,
  target: ObjectStore,
  keys: Iterable<string> | AsyncIterable<string>,
  options: { recordedHashes?: ReadonlyMap<string, string>; onCopied?: (key: string) => void } = {},
): Promise<CopyReport> {
  const report: CopyReport = { copied: 0, bytes: 0, mismatched: [] };
  for await (const key of keys) {
    const bytes = await source.get(key);
    const hash = sha256Hex(bytes);
    const recorded = options.recordedHashes?.get(key);
    if (recorded !== undefined && recorded !== hash) {
      report.mismatched.push({ key, problem: "sourceDiffersFromRecord" });
      continue;
    }
    await target.delete(key); // a rerun after an interrupted copy replaces a partial object
    await target.put(key, bytes);
    if (sha256Hex(await target.get(key)) !== hash) {
      report.mismatched.push({ key, problem: "copyDiffersFromSource" });
      continue;
    }
    report.copied++;
    report.bytes += bytes.byteLength;
    options.onCopied?.(key);
  }
  return report;
}
