// A copy of a drawing for one reader, stamped by its format. Formats we cannot stamp are not
// handed out to readers at all (the caller falls back to 404 for them).
import "server-only";
import { stampDxf, stampIges, stampStep } from "./stamp-cad";
import { stampImage } from "./stamp-image";
import { stampPdf } from "./stamp-pdf";
import type { Reader } from "./stamp-text";

const STAMPS: Record<string, (bytes: Uint8Array, reader: Reader) => Uint8Array | Promise<Uint8Array>> = {
  "application/pdf": stampPdf,
  "image/png": stampImage,
  "image/jpeg": stampImage,
  "image/webp": stampImage,
  "image/vnd.dxf": stampDxf,
  "model/step": stampStep,
  "model/iges": stampIges,
};

export function canStamp(mimeType: string): boolean {
  return mimeType in STAMPS;
}

export async function stampFor(mimeType: string, bytes: Uint8Array, reader: Reader): Promise<Uint8Array> {
  const stamp = STAMPS[mimeType];
  if (!stamp) throw new Error(`no stamp for ${mimeType}`);
  return stamp(bytes, reader);
}
