import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.join(process.cwd(), "messages");

function keys(value: unknown, prefix = ""): string[] {
  if (value && typeof value === "object" && !Array.isArray(value)) {
    return Object.entries(value).flatMap(([key, inner]) => keys(inner, prefix ? `${prefix}.${key}` : key));
  }
  return [prefix];
}

function catalogues(locale: string): Map<string, unknown> {
  const files = new Map<string, unknown>();
  const main = path.join(root, `${locale}.json`);
  if (existsSync(main)) files.set(`${locale}.json`, JSON.parse(readFileSync(main, "utf8")));
  const dir = path.join(root, locale);
  if (existsSync(dir)) {
    for (const name of readdirSync(dir).filter((file) => file.endsWith(".json"))) {
      files.set(name, JSON.parse(readFileSync(path.join(dir, name), "utf8")));
    }
  }
  return files;
}

describe("message catalogues", () => {
  const ja = catalogues("ja");
  const en = catalogues("en");

  it("exist for Japanese and English", () => {
    expect(ja.size).toBeGreaterThan(0);
    expect([...en.keys()].map((name) => name.replace(/^en/, "ja")).sort()).toEqual([...ja.keys()].sort());
  });

  it("have the same keys in both languages, and no empty text", () => {
    for (const [name, jaMessages] of ja) {
      const enMessages = en.get(name.replace(/^ja/, "en"));
      expect(keys(enMessages).sort(), name).toEqual(keys(jaMessages).sort());
    }
    for (const messages of [...ja.values(), ...en.values()]) {
      const empty = keys(messages).filter((key) => {
        const text = key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], messages);
        return typeof text !== "string" || text.trim() === "";
      });
      expect(empty).toEqual([]);
    }
  });

  it("never define one namespace in two files", () => {
    const owners = new Map<string, string>();
    for (const [name, messages] of ja) {
      for (const namespace of Object.keys(messages as object)) {
        expect(owners.get(namespace), `namespace ${namespace} in ${name} and ${owners.get(namespace)}`).toBeUndefined();
        owners.set(namespace, name);
      }
    }
  });
});
