// Whether a PDF's Japanese font draws what its text says. Text extraction alone cannot tell: a PDF
// whose glyphs are blank, or whose digits come out full-width, still extracts the right words. So
// each line pdf.js finds is laid out again with the font program embedded in the PDF (as pdf-lib
// did when it drew it) and compared glyph by glyph with the bundled font: an outline for every
// visible character, and the same advance as the character's own glyph.
import { readFileSync } from "node:fs";
import fontkit from "@pdf-lib/fontkit";
import { decodePDFRawStream, PDFDict, PDFDocument, PDFName, PDFRawStream } from "pdf-lib";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

type Font = ReturnType<typeof fontkit.create>;
const BUNDLED = "node_modules/@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf";
let bundled: Font | undefined;

/** The TrueType programs (FontFile2) embedded in the PDF. */
export async function embeddedFontPrograms(bytes: Uint8Array): Promise<Font[]> {
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
  return pdf.context.enumerateIndirectObjects()
    .map(([, object]) => (object instanceof PDFDict ? object.get(PDFName.of("FontFile2")) : undefined))
    .filter((ref) => ref !== undefined)
    .map((ref) => pdf.context.lookup(ref))
    .filter((stream) => stream instanceof PDFRawStream)
    .map((stream) => fontkit.create(Buffer.from(decodePDFRawStream(stream).decode())));
}

async function textRuns(bytes: Uint8Array): Promise<string[]> {
  const document = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, useSystemFonts: false, verbosity: 0 }).promise;
  const runs: string[] = [];
  for (let n = 1; n <= document.numPages; n++) {
    for (const item of (await (await document.getPage(n)).getTextContent()).items) if ("str" in item && item.str.trim()) runs.push(item.str);
  }
  await document.destroy();
  return runs;
}

/** Characters the PDF's one Japanese font draws wrongly: "blank 社" or "wide 3". Empty when all is well. */
export async function misdrawnCharacters(bytes: Uint8Array): Promise<string[]> {
  const programs = await embeddedFontPrograms(bytes);
  if (programs.length !== 1) throw new Error(`expected one embedded font, found ${programs.length}`);
  const embedded = programs[0]!;
  bundled ??= fontkit.create(readFileSync(BUNDLED));
  const problems = new Set<string>();
  for (const run of await textRuns(bytes)) {
    const glyphs = embedded.layout(run).glyphs;
    [...run].forEach((char, i) => {
      const glyph = glyphs[i];
      if (/\s/.test(char)) return;
      const commands = (glyph?.path as unknown as { commands: unknown[] } | undefined)?.commands ?? [];
      if (commands.length === 0) problems.add(`blank ${char}`);
      else if (glyph!.advanceWidth !== bundled!.glyphForCodePoint(char.codePointAt(0)!).advanceWidth) problems.add(`wide ${char}`);
    });
  }
  return [...problems];
}
