// The demo confidential job's drawings, drawn here so the seed needs no binary files: a two-sheet
// PDF of a hydraulic valve block (outline, ports, dimensions, title block) and the same part's plan
// view as a 2D DXF. Plain geometry with ASCII notes, as exported from a CAD program.
import { PDFDocument, rgb, StandardFonts, type PDFFont, type PDFPage } from "pdf-lib";

function titleBlock(page: PDFPage, font: PDFFont, sheet: string) {
  page.drawRectangle({ x: 20, y: 20, width: 802, height: 555, borderColor: rgb(0, 0, 0), borderWidth: 1.2 });
  page.drawRectangle({ x: 562, y: 20, width: 260, height: 80, borderColor: rgb(0, 0, 0), borderWidth: 1 });
  const lines = ["PART: VALVE BLOCK VB-220", "MATERIAL: A6061-T6  FINISH: HARD ANODIZE", "GENERAL TOL: JIS B 0405-m  SCALE 1:1", `DWG No. VB-220-01  ${sheet}`];
  lines.forEach((text, i) => page.drawText(text, { x: 570, y: 84 - i * 18, size: 9, font }));
}

function dimension(page: PDFPage, font: PDFFont, from: [number, number], to: [number, number], label: string) {
  page.drawLine({ start: { x: from[0], y: from[1] }, end: { x: to[0], y: to[1] }, thickness: 0.5, color: rgb(0.1, 0.1, 0.6) });
  page.drawText(label, { x: (from[0] + to[0]) / 2 - 12, y: (from[1] + to[1]) / 2 + 4, size: 9, font, color: rgb(0.1, 0.1, 0.6) });
}

export async function valveBlockPdf(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle("VB-220 valve block");
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const plan = pdf.addPage([842, 595]);
  titleBlock(plan, font, "SHEET 1/2");
  plan.drawRectangle({ x: 150, y: 200, width: 360, height: 240, borderColor: rgb(0, 0, 0), borderWidth: 1.5 });
  for (const [x, y, r] of [[230, 320, 28], [330, 320, 28], [430, 320, 28], [180, 230, 8], [480, 230, 8], [180, 410, 8], [480, 410, 8]] as const) {
    plan.drawCircle({ x, y, size: r, borderColor: rgb(0, 0, 0), borderWidth: 1 });
  }
  dimension(plan, font, [150, 170], [510, 170], "120 +/-0.05");
  dimension(plan, font, [120, 200], [120, 440], "80");
  plan.drawText("3x G3/8 PORT  DEPTH 15", { x: 240, y: 372, size: 9, font });
  plan.drawText("4x M6 THRU", { x: 160, y: 452, size: 9, font });
  const detail = pdf.addPage([842, 595]);
  titleBlock(detail, font, "SHEET 2/2");
  detail.drawRectangle({ x: 150, y: 260, width: 360, height: 120, borderColor: rgb(0, 0, 0), borderWidth: 1.5 });
  for (const x of [230, 330, 430]) detail.drawRectangle({ x: x - 14, y: 335, width: 28, height: 45, borderColor: rgb(0, 0, 0), borderWidth: 0.8 });
  dimension(detail, font, [150, 230], [510, 230], "120");
  dimension(detail, font, [120, 260], [120, 380], "40 +/-0.02");
  detail.drawText("SECTION A-A   Ra 0.8 ON SEALING FACES", { x: 150, y: 400, size: 10, font });
  return pdf.save();
}

export function valveBlockDxf(): string {
  const pairs: (string | number)[] = [0, "SECTION", 2, "HEADER", 9, "$ACADVER", 1, "AC1015", 9, "$EXTMIN", 10, 0, 20, 0, 30, 0, 9, "$EXTMAX", 10, 120, 20, 80, 30, 0, 0, "ENDSEC", 0, "SECTION", 2, "ENTITIES"];
  const line = (x1: number, y1: number, x2: number, y2: number) => pairs.push(0, "LINE", 8, "OUTLINE", 10, x1, 20, y1, 30, 0, 11, x2, 21, y2, 31, 0);
  const circle = (x: number, y: number, r: number) => pairs.push(0, "CIRCLE", 8, "HOLES", 10, x, 20, y, 30, 0, 40, r);
  const text = (x: number, y: number, h: number, s: string) => pairs.push(0, "TEXT", 8, "NOTES", 10, x, 20, y, 30, 0, 40, h, 1, s);
  line(0, 0, 120, 0); line(120, 0, 120, 80); line(120, 80, 0, 80); line(0, 80, 0, 0);
  for (const x of [26.7, 60, 93.3]) circle(x, 40, 9.5);
  for (const [x, y] of [[10, 10], [110, 10], [10, 70], [110, 70]]) circle(x!, y!, 3.3);
  pairs.push(0, "ARC", 8, "OUTLINE", 10, 60, 20, 80, 30, 0, 40, 12, 50, 180, 51, 360);
  text(0, -8, 3, "VB-220 PLAN  120 x 80  A6061-T6");
  text(20, 55, 2.5, "3x G3/8");
  pairs.push(0, "ENDSEC", 0, "EOF");
  return pairs.join("\n") + "\n";
}
