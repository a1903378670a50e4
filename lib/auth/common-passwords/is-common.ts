// True for passwords on the bundled list of the most common ones (see generate.ts), compared
// case-insensitively. Server-only: the list stays out of browser bundles.
import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";

let list: Set<string> | undefined;

function load(): Set<string> {
  const file = path.join(/*turbopackIgnore: true*/ process.cwd(), "lib", "auth", "common-passwords", "list.txt");
  try {
    return new Set(readFileSync(file, "utf8").split("\n").filter(Boolean));
  } catch {
    console.warn(`[auth] common password list missing at ${file}; only length rules apply`);
    return new Set();
  }
}

export function isCommonPassword(password: string): boolean {
  list ??= load();
  return list.has(password.normalize("NFKC").toLowerCase());
}
