// Stamps the CAD exchange formats, which are text: the reader's line is written into the file where
// each format keeps notes, so every copy names its reader when opened in a CAD program.
// - DXF: a 999 comment at the top and a TEXT entity at the drawing's lower-left extent.
// - STEP: a comment after the ISO-10303-21 line (non-ASCII as STEP's \X2\ hex escapes).
// - IGES: lines prepended to the Start section, renumbered, and the Terminate count updated.
import { CONFIDENTIAL_MARK, readerLine, type Reader } from "./stamp-text";

const decoder = new TextDecoder("utf-8", { fatal: false });

function lineBreakOf(text: string): string {
  return text.includes("\r\n") ? "\r\n" : "\n";
}

/** DXF text escapes non-ASCII characters as \U+XXXX (understood by every DXF reader). */
function dxfText(text: string): string {
  return [...text].map((c) => (c.charCodeAt(0) < 128 ? c : `\\U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`)).join("");
}

function headerPoint(text: string, variable: string): [number, number] | null {
  const match = new RegExp(`\\$${variable}\\s*\\r?\\n\\s*10\\s*\\r?\\n\\s*([-+0-9.eE]+)\\s*\\r?\\n\\s*20\\s*\\r?\\n\\s*([-+0-9.eE]+)`).exec(text);
  return match ? [Number(match[1]), Number(match[2])] : null;
}

export function stampDxf(bytes: Uint8Array, reader: Reader): Uint8Array {
  const text = decoder.decode(bytes);
  const nl = lineBreakOf(text);
  const words = `${CONFIDENTIAL_MARK} · ${readerLine(reader)}`;
  const [minX, minY] = headerPoint(text, "EXTMIN") ?? [0, 0];
  const [maxX, maxY] = headerPoint(text, "EXTMAX") ?? [minX + 100, minY + 100];
  const height = Math.max(1, Math.min(Math.abs(maxX - minX), Math.abs(maxY - minY)) / 40);
  const entity = ["0", "TEXT", "8", "0", "62", "1", "10", String(minX), "20", String(minY - height * 2), "30", "0", "40", String(height), "1", dxfText(words)].join(nl) + nl;
  // The TEXT goes just before the end of the ENTITIES section.
  const entities = /(\r?\n\s*2\s*\r?\n\s*ENTITIES\s*\r?\n[\s\S]*?)(\r?\n\s*0\s*\r?\n\s*ENDSEC)/.exec(text);
  const body = entities ? `${text.slice(0, entities.index)}${entities[1]}${nl}${entity.trimEnd()}${entities[2]}${text.slice(entities.index + entities[0].length)}` : text;
  return new TextEncoder().encode(`999${nl}${dxfText(words)}${nl}${body}`);
}

/** STEP strings and comments are ISO 8859-1; other characters are written as \X2\hhhh\X0\. */
function stepText(text: string): string {
  return text.replace(/[^\x20-\x7e]+/g, (run) => `\\X2\\${[...run].map((c) => c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")).join("")}\\X0\\`).replaceAll("*/", "* /");
}

export function stampStep(bytes: Uint8Array, reader: Reader): Uint8Array {
  const text = decoder.decode(bytes);
  const nl = lineBreakOf(text);
  const comment = `/* ${stepText(`${CONFIDENTIAL_MARK} · ${readerLine(reader)}`)} */`;
  const stamped = text.replace(/^(\s*ISO-10303-21;[^\n]*\n?)/, (head) => `${head.endsWith("\n") ? head : head + nl}${comment}${nl}`);
  return new TextEncoder().encode(stamped);
}

function igesText(text: string): string {
  return text.replace(/[^\x20-\x7e]/g, (c) => `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`);
}

export function stampIges(bytes: Uint8Array, reader: Reader): Uint8Array {
  const text = decoder.decode(bytes);
  const nl = lineBreakOf(text);
  const lines = text.split(/\r?\n/);
  const words = igesText(`${CONFIDENTIAL_MARK} ${readerLine(reader)}`);
  const added: string[] = [];
  for (let i = 0; i < words.length; i += 72) added.push(words.slice(i, i + 72));
  const isStart = (line: string) => line.length >= 80 && line[72] === "S";
  const start = lines.filter(isStart);
  const renumbered = [...added.map((content) => content.padEnd(72)), ...start.map((line) => line.slice(0, 72))].map((content, i) => `${content}S${String(i + 1).padStart(7)}`);
  const rest = lines.filter((line) => !isStart(line)).map((line) => {
    // Terminate record: columns 1–8 hold "S" and the Start section's line count.
    if (line.length >= 80 && line[72] === "T") return `S${String(renumbered.length).padStart(7)}${line.slice(8)}`;
    return line;
  });
  return new TextEncoder().encode([...renumbered, ...rest].join(nl));
}
