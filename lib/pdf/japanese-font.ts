// The bundled Japanese font (Noto Sans JP), read once per process: the file is 5 MB and stamps are
// made on every download. For a PDF it is cut down to the characters the document draws with
// HarfBuzz (subset-font) and embedded whole: pdf-lib's own subsetting (@pdf-lib/fontkit) drops
// glyphs of this font — 「社外」, C, O, E, T, L … came out blank — while the text still extracted
// correctly, so only a rendered page shows the loss (tests/helpers/pdf-glyphs.ts checks it).
import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";
import fontkit from "@pdf-lib/fontkit";
import type { PDFDocument, PDFFont } from "pdf-lib";
import subsetFont from "subset-font";

const FONT_PATH = path.join(/*turbopackIgnore: true*/ process.cwd(), "node_modules/@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf");
// Documents are set left to right without shaping, so the layout tables go: fontkit read the
// subset's substitutions wrongly and drew digits of English lines full-width ("3 5 %").
// (`dropTables` is in subset-font but not yet in @types/subset-font, hence the separate object.)
const SUBSET_OPTIONS = { targetFormat: "truetype" as const, dropTables: ["GSUB", "GPOS", "GDEF", "BASE", "JSTF"] };
let font: Promise<Buffer> | undefined;

export function japaneseFontBytes(): Promise<Buffer> {
  font ??= readFile(FONT_PATH);
  return font;
}

/** A TrueType font holding just the glyphs `text` needs, to embed whole (not subset again). */
export async function japaneseFontFor(text: string): Promise<Uint8Array> {
  return new Uint8Array(await subsetFont(await japaneseFontBytes(), text, SUBSET_OPTIONS));
}

/** Embeds the Japanese font into `pdf`, cut to the characters of `text` (everything it will draw). */
export async function embedJapaneseFont(pdf: PDFDocument, text: string): Promise<PDFFont> {
  pdf.registerFontkit(fontkit);
  return pdf.embedFont(await japaneseFontFor(text), { subset: false });
}
