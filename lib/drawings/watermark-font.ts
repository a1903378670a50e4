// The bundled Japanese font (the one the agreement PDF uses), read once per process: stamps are
// made on every download, and the file is 5 MB. For PDFs it is cut down to the characters of the
// stamp with HarfBuzz (subset-font): pdf-lib's own subsetting (@pdf-lib/fontkit) drops glyphs of
// this font — 「社外」, C, O, E, T, L … came out blank — while the text still extracted correctly.
import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";
import subsetFont from "subset-font";

const FONT_PATH = path.join(/*turbopackIgnore: true*/ process.cwd(), "node_modules/@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf");
let font: Promise<Buffer> | undefined;

export function japaneseFontBytes(): Promise<Buffer> {
  font ??= readFile(FONT_PATH);
  return font;
}

/** A TrueType font holding just the glyphs `text` needs, to embed whole (not subset again). */
export async function japaneseFontFor(text: string): Promise<Uint8Array> {
  return new Uint8Array(await subsetFont(await japaneseFontBytes(), text, { targetFormat: "truetype" }));
}
