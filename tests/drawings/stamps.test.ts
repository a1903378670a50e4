// The stamps of the CAD text formats, which need no database: the reader's words land where each
// format keeps notes, and the file still reads as that format.
import DxfParser from "dxf-parser";
import { describe, expect, it } from "vitest";
import { stampDxf, stampIges, stampStep } from "@/lib/drawings/stamp-cad";
import { readerLine, tokyoDay } from "@/lib/drawings/stamp-text";
import { detectFileKind } from "@/lib/uploads/file-kinds";
import { DRAWING_DXF } from "../helpers/drawings";
import { embeddedFontPrograms, misdrawnCharacters } from "../helpers/pdf-glyphs";

const reader = { organisation: "大田精工株式会社", user: "山田 太郎", date: "2026-12-06" };
const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const escapedDxf = (text: string) => [...text].map((c) => (c.charCodeAt(0) < 128 ? c : `\\U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`)).join("");

describe("stamps of CAD files", () => {
  it("adds a comment and a TEXT entity naming the reader to a DXF that still parses", async () => {
    const stamped = stampDxf(new TextEncoder().encode(DRAWING_DXF), reader);
    expect(await detectFileKind(stamped)).toBe("dxf");
    const parsed = new DxfParser().parseSync(decode(stamped))!;
    const texts = parsed.entities.filter((e) => e.type === "TEXT") as unknown as { text: string }[];
    expect(texts).toHaveLength(1);
    expect(texts[0]!.text).toBe(escapedDxf(`社外秘 / CONFIDENTIAL · ${readerLine(reader)}`));
    expect(parsed.entities.map((e) => e.type).sort()).toEqual(["CIRCLE", "LINE", "TEXT"]);
  });

  it("writes the reader into a STEP file's comment, escaped for ISO 8859-1", async () => {
    const step = "ISO-10303-21;\nHEADER;\nFILE_DESCRIPTION((''),'2;1');\nENDSEC;\nDATA;\nENDSEC;\nEND-ISO-10303-21;\n";
    const stamped = decode(stampStep(new TextEncoder().encode(step), reader));
    expect(await detectFileKind(new TextEncoder().encode(stamped))).toBe("step");
    expect(stamped.split("\n")[1]).toMatch(/^\/\* \\X2\\793E591679D8\\X0\\.*CONFIDENTIAL.*2026-12-06 \*\/$/);
    expect(/[^\x00-\x7f]/.test(stamped)).toBe(false);
  });

  it("prepends the reader to an IGES Start section and keeps the Terminate count right", async () => {
    const start = `${"A drawing".padEnd(72)}S      1`;
    const global = `${"1H,,1H;;".padEnd(72)}G      1`;
    const terminate = `S      1G      1D      0P      0${" ".repeat(40)}T      1`;
    const stamped = decode(stampIges(new TextEncoder().encode([start, global, terminate].join("\n")), reader)).split("\n");
    const starts = stamped.filter((l) => l[72] === "S");
    expect(starts.length).toBeGreaterThan(1);
    expect(starts.map((l) => Number(l.slice(73)))).toEqual(starts.map((_, i) => i + 1));
    expect(starts.at(-1)!.slice(0, 9)).toBe("A drawing");
    expect(stamped.find((l) => l[72] === "T")!.slice(0, 8)).toBe(`S${String(starts.length).padStart(7)}`);
    expect(starts.map((l) => l.slice(0, 72)).join("")).toContain("CONFIDENTIAL");
    expect(await detectFileKind(new TextEncoder().encode(stamped.join("\n")))).toBe("iges");
  });

  it("dates a copy by the Tokyo day it was taken", () => {
    expect(tokyoDay(new Date("2026-12-05T15:30:00Z"))).toBe("2026-12-06");
    expect(tokyoDay(new Date("2026-12-05T14:59:00Z"))).toBe("2026-12-05");
  });
});

describe("the PDF stamp's font", () => {
  it("draws every character of the stamp (none blank, none out of width)", async () => {
    const { stampPdf } = await import("@/lib/drawings/stamp-pdf");
    const { PDFDocument } = await import("pdf-lib");
    // A page without text of its own, so every line on it is the stamp's.
    const page = await PDFDocument.create();
    page.addPage([842, 595]);
    const stamped = await stampPdf(await page.save(), reader);
    expect(await embeddedFontPrograms(stamped)).toHaveLength(1);
    expect(await misdrawnCharacters(stamped)).toEqual([]);
  });
});
