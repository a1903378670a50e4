// The bundled Japanese font (the one the agreement PDF uses), read once per process: stamps are
// made on every download, and the file is 5 MB.
import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";

const FONT_PATH = path.join(/*turbopackIgnore: true*/ process.cwd(), "node_modules/@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf");
let font: Promise<Uint8Array> | undefined;

export function japaneseFontBytes(): Promise<Uint8Array> {
  font ??= readFile(FONT_PATH).then((buffer) => new Uint8Array(buffer));
  return font;
}
