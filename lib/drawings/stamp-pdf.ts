// Stamps every page of a PDF with the confidentiality mark across the page and the reader's line
// along the top and bottom edges, in the bundled Japanese font (cut to the stamp's characters, with
// a ToUnicode map, so the words are text a PDF reader finds and extracts, not an image).
import "server-only";
import { degrees, PDFDocument, rgb } from "pdf-lib";
import { CONFIDENTIAL_MARK, readerLine, type Reader } from "./stamp-text";
import { embedJapaneseFont } from "@/lib/pdf/japanese-font";

const RED = rgb(0.75, 0.05, 0.05);

export async function stampPdf(bytes: Uint8Array, reader: Reader): Promise<Uint8Array> {
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
  if (pdf.getPageCount() === 0) throw new Error("a PDF without pages");
  const line = `${CONFIDENTIAL_MARK} · ${readerLine(reader)}`;
  const font = await embedJapaneseFont(pdf, line);
  for (const page of pdf.getPages()) {
    const { x, y, width, height } = page.getCropBox();
    const edge = Math.max(6, Math.min(9, width / 70));
    // Shrinks the edge line to fit narrow pages instead of running off them.
    const edgeSize = Math.min(edge, (edge * (width - 24)) / font.widthOfTextAtSize(line, edge));
    page.drawText(line, { x: x + 12, y: y + height - 12 - edgeSize, size: edgeSize, font, color: RED });
    page.drawText(line, { x: x + 12, y: y + 8, size: edgeSize, font, color: RED });
    // The mark across the middle, on the diagonal, light enough to read the drawing through it.
    const diagonal = Math.hypot(width, height);
    const size = Math.min(64, (diagonal * 0.6) / Math.max(1, font.widthOfTextAtSize(CONFIDENTIAL_MARK, 1)));
    const angle = Math.atan2(height, width);
    const textWidth = font.widthOfTextAtSize(CONFIDENTIAL_MARK, size);
    const cx = x + width / 2 - (Math.cos(angle) * textWidth) / 2 + (Math.sin(angle) * size) / 3;
    const cy = y + height / 2 - (Math.sin(angle) * textWidth) / 2 - (Math.cos(angle) * size) / 3;
    page.drawText(CONFIDENTIAL_MARK, { x: cx, y: cy, size, font, color: RED, opacity: 0.18, rotate: degrees((angle * 180) / Math.PI) });
    const small = Math.max(8, size / 4);
    const readerText = readerLine(reader);
    const readerWidth = font.widthOfTextAtSize(readerText, small);
    page.drawText(readerText, {
      x: x + width / 2 - (Math.cos(angle) * readerWidth) / 2 + Math.sin(angle) * size * 0.9,
      y: y + height / 2 - (Math.sin(angle) * readerWidth) / 2 - Math.cos(angle) * size * 0.9,
      size: small, font, color: RED, opacity: 0.25, rotate: degrees((angle * 180) / Math.PI),
    });
  }
  return pdf.save();
}
