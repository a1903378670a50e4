// What an uploaded file really is, decided from its bytes, never from its name or the
// browser's claimed type. Binary formats are recognised by file-type; the CAD exchange formats
// engineers send (DXF, STEP, IGES) are text with well-defined headers that we check ourselves.
import { fileTypeFromBuffer } from "file-type";

export type FileKind = "pdf" | "png" | "jpeg" | "webp" | "dxf" | "step" | "iges" | "xlsx" | "csv";

export const MIME_TYPES: Record<FileKind, string> = {
  pdf: "application/pdf",
  png: "image/png",
  jpeg: "image/jpeg",
  webp: "image/webp",
  dxf: "image/vnd.dxf",
  step: "model/step",
  iges: "model/iges",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  csv: "text/csv",
};

export const EXTENSIONS: Record<FileKind, string> = {
  pdf: "pdf",
  png: "png",
  jpeg: "jpg",
  webp: "webp",
  dxf: "dxf",
  step: "step",
  iges: "igs",
  xlsx: "xlsx",
  csv: "csv",
};

export const DRAWING_KINDS: readonly FileKind[] = ["pdf", "dxf", "step", "iges", "png", "jpeg", "webp"];
export const IMAGE_KINDS: readonly FileKind[] = ["png", "jpeg", "webp"];

const HEAD_BYTES = 4096;

function textHead(bytes: Uint8Array): string | null {
  const head = bytes.subarray(0, HEAD_BYTES);
  if (head.includes(0)) return null; // NUL bytes: not a text format
  return new TextDecoder("utf-8", { fatal: false }).decode(head);
}

function looksLikeStep(text: string): boolean {
  return /^\s*ISO-10303-21;/.test(text) && /HEADER;/.test(text);
}

function looksLikeDxf(text: string): boolean {
  // Group code 0 followed by SECTION, then group code 2 naming the section; comments (group code
  // 999, as CAD programs and our own stamp write them) may come first.
  return /^(\s*999\s*\r?\n[^\n]*\n)*\s*0\s*\r?\n\s*SECTION\s*\r?\n\s*2\s*\r?\n\s*(HEADER|CLASSES|TABLES|BLOCKS|ENTITIES|OBJECTS)\b/.test(text);
}

function looksLikeIges(text: string): boolean {
  // Fixed 80-column records; the first is a Start record with 'S' in column 73.
  const firstLine = text.split(/\r?\n/, 1)[0] ?? "";
  return firstLine.length >= 80 && firstLine[72] === "S" && /^S\s*0*1$/.test(firstLine.slice(72, 80).trim());
}

function looksLikeCsv(text: string): boolean {
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== "");
  return lines.length > 0 && !/[\u0000-\u0008\u000e-\u001f]/.test(text);
}

/** The kind of file these bytes are, or null when it is none we accept. */
export async function detectFileKind(bytes: Uint8Array): Promise<FileKind | null> {
  const detected = await fileTypeFromBuffer(bytes);
  if (detected) {
    switch (detected.ext) {
      case "pdf":
        return "pdf";
      case "png":
        return "png";
      case "jpg":
        return "jpeg";
      case "webp":
        return "webp";
      case "xlsx":
        return "xlsx";
      default:
        return null;
    }
  }
  const text = textHead(bytes);
  if (text === null) return null;
  if (looksLikeStep(text)) return "step";
  if (looksLikeDxf(text)) return "dxf";
  if (looksLikeIges(text)) return "iges";
  if (looksLikeCsv(text)) return "csv";
  return null;
}
