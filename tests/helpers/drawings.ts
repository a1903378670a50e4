// Real drawing files for tests, made with the same libraries the app reads them with: a one-page
// PDF with lines and a title block, the same PDF marked encrypted, a PNG and a small DXF.
import { PDFDocument, rgb, StandardFonts } from "pdf-lib";
import sharp from "sharp";

export async function drawingPdf(pages = 1): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (let i = 0; i < pages; i++) {
    const page = pdf.addPage([842, 595]); // A4 landscape, as drawings are
    page.drawRectangle({ x: 20, y: 20, width: 802, height: 555, borderColor: rgb(0, 0, 0), borderWidth: 1 });
    page.drawLine({ start: { x: 200, y: 300 }, end: { x: 600, y: 300 }, thickness: 2 });
    page.drawCircle({ x: 400, y: 300, size: 60, borderColor: rgb(0, 0, 0), borderWidth: 1 });
    page.drawText(`SHAFT-001 sheet ${i + 1}`, { x: 620, y: 40, size: 12, font });
  }
  return pdf.save({ useObjectStreams: false });
}

/** The same PDF with an /Encrypt entry in its trailer, as a password-protected file has. */
export async function encryptedPdf(): Promise<Uint8Array> {
  const text = Buffer.from(await drawingPdf()).toString("latin1");
  const marked = text.replace(/trailer\s*<</, "trailer\n<<\n/Encrypt << /Filter /Standard /V 1 /R 2 /O <00> /U <00> /P -4 >>\n");
  return new Uint8Array(Buffer.from(marked, "latin1"));
}

export function brokenPdf(): Uint8Array {
  return new TextEncoder().encode("%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nthis is not a pdf any more\n%%EOF\n");
}

export async function drawingPng(width = 400, height = 300): Promise<Uint8Array> {
  return new Uint8Array(await sharp({ create: { width, height, channels: 3, background: { r: 255, g: 255, b: 255 } } }).png().toBuffer());
}

export const DRAWING_DXF = [
  "0", "SECTION", "2", "HEADER",
  "9", "$EXTMIN", "10", "0.0", "20", "0.0", "30", "0.0",
  "9", "$EXTMAX", "10", "100.0", "20", "50.0", "30", "0.0",
  "0", "ENDSEC",
  "0", "SECTION", "2", "ENTITIES",
  "0", "LINE", "8", "0", "10", "0.0", "20", "0.0", "30", "0.0", "11", "100.0", "21", "0.0", "31", "0.0",
  "0", "CIRCLE", "8", "0", "10", "50.0", "20", "25.0", "30", "0.0", "40", "20.0",
  "0", "ENDSEC",
  "0", "EOF",
].join("\n");
