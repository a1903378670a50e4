// Finds every route handler export (app/) and server action (any "use server" file in app/, lib/ or
// components/) by reading the source, so the endpoint table cannot silently miss one.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

const ROOT = path.resolve(__dirname, "../..");
const HTTP = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"];

function walk(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir)) {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) walk(full, out);
    else if (/\.(ts|tsx)$/.test(entry)) out.push(full);
  }
  return out;
}

export interface FoundEndpoint {
  file: string;
  name: string;
  kind: "route" | "action";
}

const stripComments = (source: string) => source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "");

export function exportedNames(source: string): string[] {
  const names = new Set<string>();
  for (const m of source.matchAll(/export\s+(?:async\s+)?function\s+(\w+)/g)) names.add(m[1]!);
  for (const m of source.matchAll(/export\s+(?:const|let|var)\s+(\w+)/g)) names.add(m[1]!);
  for (const m of source.matchAll(/export\s+(?:const|let)\s+\{([^}]+)\}/g)) for (const part of m[1]!.split(",")) names.add(part.split(":").pop()!.trim());
  for (const m of source.matchAll(/export\s*\{([^}]+)\}/g)) for (const part of m[1]!.split(",")) names.add(part.split(/\s+as\s+/).pop()!.trim());
  names.delete("");
  return [...names];
}

export function discoverEndpoints(): { endpoints: FoundEndpoint[]; inlineServerActions: string[] } {
  const endpoints: FoundEndpoint[] = [];
  const inlineServerActions: string[] = [];
  const sources = ["app", "lib", "components"].flatMap((dir) => walk(path.join(ROOT, dir))).filter((full) => !full.includes(`${path.sep}generated${path.sep}`));
  for (const full of sources) {
    const file = path.relative(ROOT, full).split(path.sep).join("/");
    const source = stripComments(readFileSync(full, "utf8"));
    if (/\/route\.tsx?$/.test(file)) {
      for (const name of exportedNames(source)) if (HTTP.includes(name)) endpoints.push({ file, name, kind: "route" });
    }
    const isServerFile = /^\s*["']use server["']/.test(source);
    if (isServerFile) {
      for (const name of exportedNames(source)) endpoints.push({ file, name, kind: "action" });
    } else if (/["']use server["']/.test(source)) {
      inlineServerActions.push(file);
    }
  }
  return { endpoints, inlineServerActions };
}
