// The layout every business document of the platform shares (見積書 now; 注文書, 発注書, 納品書,
// 請求書 with issue 19): title, number and date at the top right, the recipient with 御中 on the
// left, the issuer with its registration number on the right, the amount in a box, a table of
// facts (subject, delivery, payment, validity), the lines, the totals per tax rate, and notes.
// A4 portrait, the bundled Japanese font (no web fonts), text wrapped by measured width; a table
// that runs past the page continues on the next with its header repeated.
import "server-only";
import { PDFDocument, rgb, type PDFFont, type PDFPage } from "pdf-lib";
import { embedJapaneseFont } from "@/lib/pdf/japanese-font";
import { wrapText as wrap } from "@/lib/pdf/wrap-text";

const A4 = { width: 595.28, height: 841.89 };
const MARGIN = 42;
const INK = rgb(0.1, 0.1, 0.1);
const RULE = rgb(0.6, 0.6, 0.6);

export interface DocumentParty {
  name: string;
  lines?: string[];
  /** 適格請求書発行事業者登録番号, printed as "登録番号 T…" / "Registration No. T…". */
  registrationNumber?: string | null;
}

export interface DocumentColumn {
  label: string;
  /** Share of the table's width (the columns' shares are normalised). */
  width: number;
  align?: "left" | "right";
}

export interface BusinessDocument {
  title: string;
  /** Shown on the PDF's metadata and in the top-right block. */
  number: { label: string; value: string };
  issued: { label: string; value: string };
  /** The recipient as addressed, e.g. "株式会社〇〇 御中". */
  recipient: string;
  issuer: DocumentParty & { registrationLabel: string };
  /** The amount in the box under the recipient ("御見積金額（税込）"). */
  headline: { label: string; value: string };
  facts: { label: string; value: string }[];
  columns: DocumentColumn[];
  rows: string[][];
  totals: { label: string; value: string; strong?: boolean }[];
  notes: { label: string; lines: string[] };
  footer?: string;
}

class Writer {
  page: PDFPage;
  y: number;
  constructor(private pdf: PDFDocument, readonly font: PDFFont) {
    this.page = pdf.addPage([A4.width, A4.height]);
    this.y = A4.height - MARGIN;
  }
  newPage() {
    this.page = this.pdf.addPage([A4.width, A4.height]);
    this.y = A4.height - MARGIN;
  }
  ensure(height: number, onNewPage?: () => void) {
    if (this.y - height < MARGIN + 20) {
      this.newPage();
      onNewPage?.();
    }
  }
  text(value: string, x: number, y: number, size: number, align: "left" | "right" | "center" = "left", width = 0) {
    const w = this.font.widthOfTextAtSize(value, size);
    const at = align === "right" ? x + width - w : align === "center" ? x + (width - w) / 2 : x;
    this.page.drawText(value, { x: at, y, size, font: this.font, color: INK });
  }
  rule(x1: number, x2: number, y: number, thickness = 0.5) {
    this.page.drawLine({ start: { x: x1, y }, end: { x: x2, y }, thickness, color: RULE });
  }
}

/** Every character the document may draw: its strings, and the separators and digits the layout adds. */
function textOf(value: unknown): string {
  if (typeof value === "string") return value;
  if (Array.isArray(value)) return value.map(textOf).join("");
  if (value && typeof value === "object") return Object.values(value).map(textOf).join("");
  return "";
}

export async function businessDocumentPdf(doc: BusinessDocument): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await embedJapaneseFont(pdf, `${textOf(doc)}: —`);
  pdf.setTitle(`${doc.title} ${doc.number.value}`);
  pdf.setCreator("共同受注プラットフォーム");
  const w = new Writer(pdf, font);
  const left = MARGIN;
  const right = A4.width - MARGIN;
  const width = right - left;

  w.text(doc.title, left, w.y - 8, 20, "center", width);
  w.y -= 40;
  // Number and date, top right.
  for (const fact of [doc.number, doc.issued]) {
    w.text(`${fact.label}: ${fact.value}`, left, w.y, 9.5, "right", width);
    w.y -= 14;
  }
  const top = w.y - 6;

  // Recipient on the left with its suffix (御中 / 様), underlined as Japanese forms do.
  const half = width * 0.55;
  let ly = top;
  for (const line of wrap(doc.recipient, font, 13, half - 10)) {
    w.text(line, left, ly, 13);
    ly -= 18;
  }
  w.rule(left, left + half - 10, ly + 12, 0.8);
  ly -= 8;
  // The amount in a box.
  w.page.drawRectangle({ x: left, y: ly - 30, width: half - 10, height: 34, borderColor: INK, borderWidth: 1 });
  w.text(doc.headline.label, left + 8, ly - 18, 10);
  w.text(doc.headline.value, left, ly - 20, 15, "right", half - 18);
  ly -= 44;

  // Issuer on the right.
  let ry = top;
  const issuerX = left + half + 10;
  const issuerW = width - half - 10;
  for (const line of wrap(doc.issuer.name, font, 11, issuerW)) {
    w.text(line, issuerX, ry, 11);
    ry -= 15;
  }
  for (const extra of doc.issuer.lines ?? []) {
    for (const line of wrap(extra, font, 9, issuerW)) {
      w.text(line, issuerX, ry, 9);
      ry -= 12;
    }
  }
  if (doc.issuer.registrationNumber) {
    w.text(`${doc.issuer.registrationLabel} ${doc.issuer.registrationNumber}`, issuerX, ry, 9);
    ry -= 12;
  }
  w.y = Math.min(ly, ry) - 10;

  // Facts: label | value rows.
  const labelW = 110;
  for (const fact of doc.facts) {
    const lines = wrap(fact.value || "—", font, 9.5, width - labelW - 8);
    w.ensure(lines.length * 13 + 4);
    w.text(fact.label, left, w.y, 9.5);
    for (const line of lines) {
      w.text(line, left + labelW, w.y, 9.5);
      w.y -= 13;
    }
    w.rule(left, right, w.y + 9);
    w.y -= 4;
  }
  w.y -= 8;

  // Lines table.
  const total = doc.columns.reduce((s, c) => s + c.width, 0);
  const xs: number[] = [];
  let x = left;
  for (const c of doc.columns) {
    xs.push(x);
    x += (c.width / total) * width;
  }
  const colW = (i: number) => (doc.columns[i]!.width / total) * width;
  const header = () => {
    w.page.drawRectangle({ x: left, y: w.y - 4, width, height: 16, color: rgb(0.92, 0.92, 0.92) });
    doc.columns.forEach((c, i) => w.text(c.label, xs[i]! + 3, w.y, 9, c.align === "right" ? "right" : "left", colW(i) - 6));
    w.y -= 18;
  };
  w.ensure(40);
  header();
  for (const row of doc.rows) {
    const cells = row.map((cell, i) => wrap(cell, font, 9, colW(i) - 6));
    const height = Math.max(...cells.map((c) => c.length)) * 12 + 4;
    w.ensure(height, header);
    cells.forEach((lines, i) => lines.forEach((line, j) => w.text(line, xs[i]! + 3, w.y - j * 12, 9, doc.columns[i]!.align === "right" ? "right" : "left", colW(i) - 6)));
    w.y -= height;
    w.rule(left, right, w.y + 8);
  }
  w.y -= 6;

  // Totals, right-aligned.
  for (const row of doc.totals) {
    w.ensure(16);
    const size = row.strong ? 11 : 9.5;
    w.text(row.label, left + width * 0.45, w.y, size);
    w.text(row.value, left, w.y, size, "right", width);
    w.y -= row.strong ? 18 : 14;
  }
  w.y -= 8;

  if (doc.notes.lines.some((l) => l.trim() !== "")) {
    w.ensure(30);
    w.text(doc.notes.label, left, w.y, 10);
    w.y -= 14;
    for (const note of doc.notes.lines) {
      for (const line of wrap(note, font, 9, width)) {
        w.ensure(12);
        w.text(line, left, w.y, 9);
        w.y -= 12;
      }
    }
  }
  if (doc.footer) {
    for (const page of pdf.getPages()) page.drawText(doc.footer, { x: MARGIN, y: MARGIN - 18, size: 7.5, font, color: RULE });
  }
  return pdf.save();
}
