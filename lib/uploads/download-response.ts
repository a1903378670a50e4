import { readUpload } from "./storage";
import { attachmentDisposition } from "./safe-file-name";

/** A download of a stored file: always an attachment, never sniffed or rendered inline. */
export async function downloadResponse(file: { storageKey: string; fileName: string; mimeType: string }): Promise<Response> {
  const bytes = await readUpload(file.storageKey);
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
