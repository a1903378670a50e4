import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { detectFileKind, DRAWING_KINDS, IMAGE_KINDS } from "@/lib/uploads/file-kinds";
import { attachmentDisposition, safeFileName } from "@/lib/uploads/safe-file-name";
import { pathForKey, readUpload, storeUpload, UploadRejectedError } from "@/lib/uploads/storage";

const text = (s: string) => new TextEncoder().encode(s);
const PDF = text("%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<<>>\n%%EOF\n");
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]);
const STEP = text("ISO-10303-21;\nHEADER;\nFILE_DESCRIPTION(('bracket'),'2;1');\nENDSEC;\nDATA;\nENDSEC;\nEND-ISO-10303-21;\n");
const DXF = text("  0\nSECTION\n  2\nHEADER\n  9\n$ACADVER\n  1\nAC1015\n  0\nENDSEC\n  0\nEOF\n");
const IGES = text(`${"Bracket drawing exported from CAD".padEnd(72)}S      1\n${"1H,,1H;".padEnd(72)}G      1\n`);
const EXE = new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xff, 0xff, 0x00, 0x00]);
const HTML = text("<!doctype html><script>alert(1)</script>");

describe("detectFileKind decides from content, not from the name", () => {
  it.each([
    ["pdf", PDF],
    ["png", PNG],
    ["step", STEP],
    ["dxf", DXF],
    ["iges", IGES],
  ] as const)("recognises %s", async (kind, bytes) => {
    expect(await detectFileKind(bytes)).toBe(kind);
  });

  it("refuses an executable", async () => {
    expect(await detectFileKind(EXE)).toBeNull();
  });
});

describe("storeUpload", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), "kj-uploads-"));
    process.env.UPLOAD_DIR = dir;
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("stores a drawing under a generated key and keeps a safe copy of the user's name", async () => {
    const stored = await storeUpload(PDF, "../../etc/図面 A-1.pdf", { allowed: DRAWING_KINDS, maxBytes: 1024 * 1024 });
    expect(stored.mimeType).toBe("application/pdf");
    expect(stored.fileName).toBe("図面 A-1.pdf");
    expect(stored.storageKey).toMatch(/^\d{4}\/\d{2}\/[0-9a-f-]{36}\.pdf$/);
    expect(pathForKey(stored.storageKey).startsWith(dir)).toBe(true);
    expect(Buffer.from(await readUpload(stored.storageKey)).equals(Buffer.from(PDF))).toBe(true);
  });

  it("refuses content that does not match an allowed kind, whatever its extension", async () => {
    await expect(storeUpload(HTML, "drawing.pdf", { allowed: DRAWING_KINDS, maxBytes: 1024 })).rejects.toMatchObject({ problem: "typeNotAllowed" });
    await expect(storeUpload(PDF, "photo.png", { allowed: IMAGE_KINDS, maxBytes: 1024 })).rejects.toMatchObject({ problem: "typeNotAllowed" });
  });

  it("refuses oversize and empty files before reading their type", async () => {
    await expect(storeUpload(PDF, "big.pdf", { allowed: DRAWING_KINDS, maxBytes: 10 })).rejects.toBeInstanceOf(UploadRejectedError);
    await expect(storeUpload(new Uint8Array(), "empty.pdf", { allowed: DRAWING_KINDS, maxBytes: 10 })).rejects.toMatchObject({ problem: "empty" });
  });

  it("never resolves a storage key outside the upload folder", () => {
    expect(() => pathForKey("../../etc/passwd")).toThrow();
    expect(() => pathForKey("2026/11/../../x.pdf")).toThrow();
    expect(readdirSync(dir).every((entry) => /^\d{4}$/.test(entry))).toBe(true);
  });
});

describe("file names offered on download", () => {
  it("strips paths and reserved characters and forces the detected extension", () => {
    expect(safeFileName("C:\\Users\\a\\evil\".exe", "pdf")).toBe("evil_.pdf");
    expect(safeFileName("...", "png")).toBe("file.png");
  });

  it("offers an ASCII fallback and the UTF-8 name", () => {
    expect(attachmentDisposition("図面.pdf")).toBe(`attachment; filename="__.pdf"; filename*=UTF-8''%E5%9B%B3%E9%9D%A2.pdf`);
  });
});
