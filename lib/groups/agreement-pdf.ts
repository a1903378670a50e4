// The agreement as a PDF, Japanese first and the English translation after, with the Japanese
// font bundled (no web fonts). Lines are wrapped by measured width, so Japanese text (no spaces)
// wraps per character and English per word.
import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";
import fontkit from "@pdf-lib/fontkit";
import { PDFDocument, rgb, type PDFFont } from "pdf-lib";

const FONT_PATH = path.join(/*turbopackIgnore: true*/ process.cwd(), "node_modules/@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf");
const PAGE = { width: 595.28, height: 841.89, margin: 50 }; // A4 in points
const SIZE = 10.5;
const LEADING = 16;

function wrap(text: string, font: PDFFont, maxWidth: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split("\n")) {
    let line = "";
    // Words for Latin text, single characters for Japanese.
    for (const token of paragraph.match(/[\x21-\x7e]+\s*|\s+|./gu) ?? [""]) {
      if (font.widthOfTextAtSize(line + token, SIZE) > maxWidth && line !== "") {
        lines.push(line.trimEnd());
        line = token.trimStart();
      } else line += token;
    }
    lines.push(line);
  }
  return lines;
}

export async function agreementPdf(content: { ja: string; en: string; title: string; footer: string }): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  const font = await pdf.embedFont(await readFile(FONT_PATH), { subset: true });
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
  for (const line of wrap(content.ja, font, width)) write(line);
  y -= LEADING;
  for (const line of wrap(content.en, font, width)) write(line);
  y -= LEADING;
  for (const line of wrap(content.footer, font, width)) write(line);
  return pdf.save();
}
