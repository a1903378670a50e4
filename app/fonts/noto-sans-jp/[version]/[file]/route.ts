// The bundled font's stylesheet (font.css) and its woff2 subsets, under the installed package's
// version: immutable, so a returning browser never asks again. See lib/fonts/bundled-font.ts.
import { BUNDLED_FONT_STYLESHEET } from "@/lib/fonts/bundled-font";
import { bundledFontFile, bundledFontVersion, cachedBundledFontStylesheet } from "@/lib/fonts/bundled-font-files";

const IMMUTABLE = "public, max-age=31536000, immutable";

export async function GET(_request: Request, { params }: { params: Promise<{ version: string; file: string }> }) {
  const { version, file } = await params;
  if (version !== bundledFontVersion()) return new Response("Not found", { status: 404 });
  if (file === BUNDLED_FONT_STYLESHEET) {
    return new Response(cachedBundledFontStylesheet(), { headers: { "content-type": "text/css; charset=utf-8", "cache-control": IMMUTABLE } });
  }
  const font = await bundledFontFile(file);
  if (!font) return new Response("Not found", { status: 404 });
  return new Response(new Uint8Array(font), { headers: { "content-type": "font/woff2", "cache-control": IMMUTABLE } });
}
