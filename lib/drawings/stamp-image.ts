// Stamps an image with the same words as a PDF: the mark across the middle and the reader's line
// at the top and bottom. The text is drawn as glyph outlines from the bundled Japanese font into an
// SVG overlay, so it does not depend on the fonts installed on the server.
import "server-only";
import fontkit from "@pdf-lib/fontkit";
import sharp from "sharp";
import { CONFIDENTIAL_MARK, readerLine, type Reader } from "./stamp-text";
import { japaneseFontBytes } from "@/lib/pdf/japanese-font";

type Font = ReturnType<typeof fontkit.create>;
let parsed: Promise<Font> | undefined;
const font = () => (parsed ??= japaneseFontBytes().then((bytes) => fontkit.create(bytes) as Font));

/** The text as one SVG path in pixels, its baseline at (0, 0), and its width at `size` px. */
function textPath(f: Font, text: string, size: number): { d: string; width: number } {
  const run = f.layout(text);
  const scale = size / f.unitsPerEm;
  let x = 0;
  const parts: string[] = [];
  run.glyphs.forEach((glyph, i) => {
    const offset = x;
    // Font units have y up; SVG has y down.
    parts.push(`<path transform="translate(${offset.toFixed(2)} 0) scale(${scale} ${-scale})" d="${glyph.path.toSVG()}"/>`);
    x += (run.positions[i]?.xAdvance ?? glyph.advanceWidth) * scale;
  });
  return { d: parts.join(""), width: x };
}

async function overlay(width: number, height: number, reader: Reader): Promise<Buffer> {
  const f = await font();
  const line = `${CONFIDENTIAL_MARK} · ${readerLine(reader)}`;
  const edgeSize = Math.max(10, Math.min(24, width / 60));
  const edge = textPath(f, line, edgeSize);
  const edgeScale = Math.min(1, (width - 16) / edge.width);
  const angle = (Math.atan2(height, width) * 180) / Math.PI;
  const diagonal = Math.hypot(width, height);
  const unit = textPath(f, CONFIDENTIAL_MARK, 100);
  const markSize = Math.min(200, (diagonal * 0.6 * 100) / unit.width);
  const mark = textPath(f, CONFIDENTIAL_MARK, markSize);
  const who = textPath(f, readerLine(reader), Math.max(12, markSize / 4));
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
<g fill="#bf0d0d">
<g transform="translate(8 ${8 + edgeSize}) scale(${edgeScale})">${edge.d}</g>
<g transform="translate(8 ${height - 8}) scale(${edgeScale})">${edge.d}</g>
<g transform="translate(${width / 2} ${height / 2}) rotate(${-angle})" fill-opacity="0.2">
<g transform="translate(${-mark.width / 2} ${markSize / 3})">${mark.d}</g>
<g transform="translate(${-who.width / 2} ${markSize / 3 + markSize * 0.7})" fill-opacity="0.3">${who.d}</g>
</g>
</g>
</svg>`;
  return Buffer.from(svg);
}

export async function stampImage(bytes: Uint8Array, reader: Reader): Promise<Uint8Array> {
  const image = sharp(bytes, { failOn: "error" }).rotate(); // upright by its EXIF orientation
  const { width, height, format } = await image.clone().toBuffer({ resolveWithObject: true }).then((r) => r.info);
  const stamped = image.composite([{ input: await overlay(width, height, reader), top: 0, left: 0 }]);
  const out = format === "png" ? stamped.png() : format === "webp" ? stamped.webp({ quality: 90 }) : stamped.jpeg({ quality: 90 });
  return new Uint8Array(await out.toBuffer());
}
