// A user's file name is shown and offered back on download, but never used as a path.
const UNSAFE = /[\u0000-\u001f\u007f"\\/:*?<>|]+/g;

/** A display-safe name: no path parts, control or reserved characters, at most 120 characters. */
export function safeFileName(original: string, extension: string): string {
  const base = original.split(/[\\/]/).pop() ?? "";
  const withoutExtension = base.replace(/\.[^.]*$/, "");
  const cleaned = withoutExtension.normalize("NFC").replace(UNSAFE, "_").replace(/^[.\s]+/, "").trim().slice(0, 120);
  return `${cleaned || "file"}.${extension}`;
}

/** Content-Disposition for a download, with an ASCII fallback and the UTF-8 name (RFC 6266/5987). */
export function attachmentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
