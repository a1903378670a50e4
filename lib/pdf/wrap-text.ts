import type { PDFFont } from "pdf-lib";

/** Lines of `text` that fit `maxWidth` at `size`: Latin text breaks between words, Japanese between characters. */
export function wrapText(text: string, font: PDFFont, size: number, maxWidth: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split("\n")) {
    let line = "";
    for (const token of paragraph.match(/[\x21-\x7e]+\s*|\s+|./gu) ?? [""]) {
      if (font.widthOfTextAtSize(line + token, size) > maxWidth && line !== "") {
        lines.push(line.trimEnd());
        line = token.trimStart();
      } else line += token;
    }
    lines.push(line);
  }
  return lines;
}
