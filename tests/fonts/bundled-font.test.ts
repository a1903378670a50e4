// The bundled font's stylesheet points only at files the app serves, and nothing else is served.
import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { bundledFontFile, bundledFontStylesheet, bundledFontStylesheetHref, bundledFontVersion } from "@/lib/fonts/bundled-font-files";

describe("the bundled font", () => {
  const css = bundledFontStylesheet();
  const files = [...css.matchAll(/url\(([^)]+)\)/g)].map((m) => m[1]!);

  it("has the regular and bold faces, woff2 only, each file next to the stylesheet and served", async () => {
    expect(css.match(/font-weight: 400;/g)!.length).toBeGreaterThan(100);
    expect(css.match(/font-weight: 700;/g)!.length).toBe(css.match(/font-weight: 400;/g)!.length);
    expect(css).not.toMatch(/format\('woff'\)|\.\/files\//);
    expect(css.match(/font-display: swap;/g)!.length).toBe(files.length);
    for (const file of files) {
      expect(await bundledFontFile(file), file).not.toBeNull();
      expect(existsSync(path.resolve("node_modules/@fontsource/noto-sans-jp/files", file)), file).toBe(true);
    }
  });

  it("is served under the installed version", () => {
    expect(bundledFontStylesheetHref()).toBe(`/fonts/noto-sans-jp/${bundledFontVersion()}/font.css`);
  });

  it("serves its woff2 files and nothing else", async () => {
    expect((await bundledFontFile(files[0]!))!.subarray(0, 4).toString("latin1")).toBe("wOF2");
    for (const name of ["../package.json", "..%2Fpackage.json", "noto-sans-jp-0-400-normal.woff", "noto-sans-jp-0-500-normal.woff2", "noto-sans-jp-999-400-normal.woff2"]) {
      expect(await bundledFontFile(name), name).toBeNull();
    }
  });
});
