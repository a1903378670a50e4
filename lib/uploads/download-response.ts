import { readUpload } from "./storage";
import { attachmentDisposition } from "./safe-file-name";

/** Bytes offered as a download: always an attachment, never sniffed or rendered inline. */
export function bytesResponse(bytes: Uint8Array, file: { fileName: string; mimeType: string }): Response {
  return new Response(new Uint8Array(bytes), {
    headers: {
      "Content-Type": file.mimeType,
      "Content-Length": String(bytes.byteLength),
      "Content-Disposition": attachmentDisposition(file.fileName),
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
      "Content-Security-Policy": "default-src 'none'; sandbox",
    },
  });
}

/** A download of a stored file. */
export async function downloadResponse(file: { storageKey: string; fileName: string; mimeType: string }): Promise<Response> {
  return bytesResponse(await readUpload(file.storageKey), file);
}
