// React warns in development when a key comes after a spread in a JSX tag (the key then travels in
// the props object: "A props object containing a key prop is being spread into JSX"). It showed as an
// error badge on every form with a SelectField. ESLint's jsx-key checks this only inside lists.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

function tsxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return tsxFiles(full);
    return entry.name.endsWith(".tsx") && !entry.name.endsWith(".test.tsx") ? [full] : [];
  });
}

/** Opening tags (`<Name …>`) of a source, each as its attribute text, braces balanced. */
function openingTags(source: string): { line: number; text: string }[] {
  const tags: { line: number; text: string }[] = [];
  const start = /<([A-Za-z][\w.]*)(?=[\s>/])/g;
  let match: RegExpExecArray | null;
  while ((match = start.exec(source))) {
    let depth = 0;
    let i = match.index + match[0].length;
    for (; i < source.length; i++) {
      const c = source[i];
      if (c === "{") depth++;
      else if (c === "}") depth--;
      else if (c === ">" && depth === 0) break;
    }
    tags.push({ line: source.slice(0, match.index).split("\n").length, text: source.slice(match.index, i) });
  }
  return tags;
}

/** Whether a top-level `key=` follows a top-level `{...spread}` in the tag. */
function keyAfterSpread(tag: string): boolean {
  let depth = 0;
  let spread = false;
  for (let i = 0; i < tag.length; i++) {
    const c = tag[i];
    if (c === "{") {
      if (depth === 0 && tag.startsWith("{...", i)) spread = true;
      depth++;
    } else if (c === "}") depth--;
    else if (depth === 0 && spread && /\skey=$/.test(tag.slice(Math.max(0, i - 4), i + 1))) return true;
  }
  return false;
}

describe("JSX keys", () => {
  it("detects a key after a spread, and not one before it", () => {
    expect(keyAfterSpread('<Select {...control} defaultValue={v} key={`${a}`}')).toBe(true);
    expect(keyAfterSpread('<Select key={`${a}`} {...control} defaultValue={v}')).toBe(false);
    expect(keyAfterSpread('<Item {...p} onClick={() => f({ key: 1 })}')).toBe(false);
  });

  it("come before any spread in every component", () => {
    const found = ["app", "components"].flatMap((dir) => tsxFiles(dir)).flatMap((file) =>
      openingTags(readFileSync(file, "utf8")).filter((tag) => keyAfterSpread(tag.text)).map((tag) => `${file}:${tag.line}`),
    );
    expect(found).toEqual([]);
  });
});
