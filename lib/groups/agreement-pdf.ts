// The agreement as a PDF, Japanese first and the English translation after, with the Japanese
// font bundled (no web fonts). Lines are wrapped by measured width, so Japanese text (no spaces)
// wraps per character and English per word.
import "server-only";
import { PDFDocument, rgb } from "pdf-lib";
import { embedJapaneseFont } from "@/lib/pdf/japanese-font";
import { wrapText } from "@/lib/pdf/wrap-text";

const PAGE = { width: 595.28, height: 841.89, margin: 50 }; // A4 in points
const SIZE = 10.5;
const LEADING = 16;

export async function agreementPdf(content: { ja: string; en: string; title: string; footer: string }): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await embedJapaneseFont(pdf, content.title + content.ja + content.en + content.footer);
  pdf.setTitle(content.title);
  const width = PAGE.width - 2 * PAGE.margin;
  let page = pdf.addPage([PAGE.width, PAGE.height]);
  let y = PAGE.height - PAGE.margin;
  const write = (line: string) => {
    if (y < PAGE.margin + LEADING) {
      page = pdf.addPage([PAGE.width, PAGE.height]);
      y = PAGE.height - PAGE.margin;
    }
    page.drawText(line, { x: PAGE.margin, y, size: SIZE, font, color: rgb(0.1, 0.1, 0.1) });
    y -= LEADING;
  };
  for (const line of wrapText(content.ja, font, SIZE, width)) write(line);
  y -= LEADING;
  for (const line of wrapText(content.en, font, SIZE, width)) write(line);
  y -= LEADING;
  for (const line of wrapText(content.footer, font, SIZE, width)) write(line);
  return pdf.save();
}
