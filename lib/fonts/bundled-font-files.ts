// The bundled font's stylesheet and files, served by the app (app/fonts/noto-sans-jp/…) from the
// installed @fontsource package, under its version so they can be cached as immutable.
import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { BUNDLED_FONT_BASE, BUNDLED_FONT_STYLESHEET } from "./bundled-font";

const PACKAGE_DIR = path.join(/*turbopackIgnore: true*/ process.cwd(), "node_modules/@fontsource/noto-sans-jp");
/** The weights the pages use (regular text and bold). */
const WEIGHTS = [400, 700] as const;
const FILE_NAME = /^noto-sans-jp-(\d+|[a-z-]+)-(400|700)-normal\.woff2$/;

let version: string | undefined;
export function bundledFontVersion(): string {
  return (version ??= (JSON.parse(readFileSync(path.join(PACKAGE_DIR, "package.json"), "utf8")) as { version: string }).version);
}

export function bundledFontStylesheetHref(): string {
  return `${BUNDLED_FONT_BASE}/${bundledFontVersion()}/${BUNDLED_FONT_STYLESHEET}`;
}

/** @fontsource's faces for the weights used, woff2 only (every browser that matters reads it),
 *  pointing at the files served next to the stylesheet. */
export function bundledFontStylesheet(source: (weight: number) => string = (weight) => readFileSync(path.join(PACKAGE_DIR, `${weight}.css`), "utf8")): string {
  return WEIGHTS.map((weight) =>
    source(weight).replace(/src:\s*url\(\.\/files\/([^)]+\.woff2)\)\s*format\('woff2'\)(?:,\s*url\([^)]+\)\s*format\('woff'\))?/g, "src: url($1) format('woff2')"),
  ).join("\n");
}

let stylesheet: string | undefined;
export function cachedBundledFontStylesheet(): string {
  return (stylesheet ??= bundledFontStylesheet());
}

/** One of the font's woff2 files by name, or null for any other name (nothing else is served). */
export async function bundledFontFile(name: string): Promise<Buffer | null> {
  if (!FILE_NAME.test(name)) return null;
  try {
    return await readFile(path.join(PACKAGE_DIR, "files", name));
  } catch {
    return null;
  }
}
