import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { IntlMessageFormat } from "intl-messageformat";
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

  const messagesOf = (files: Map<string, unknown>) =>
    [...files.values()].flatMap((messages) => keys(messages).map((key) => [key, key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], messages) as string] as const));

  it("are valid ICU messages", () => {
    for (const [locale, files] of [["ja", ja], ["en", en]] as const) {
      for (const [key, text] of messagesOf(files)) expect(() => new IntlMessageFormat(text, locale), `${locale} ${key}`).not.toThrow();
    }
  });

  it("say a count in English with its number (1 job, 2 jobs), never '1 jobs'", () => {
    // A placeholder followed by a plural noun outside a plural clause reads wrong for 1.
    const countable = /(?<!–)\{\w+\} (?:working )?(?:firms|jobs|steps|days|members|orders|entries|rows|pieces|messages|drawings|shapes|ratings|employees|photos|agreements|hands|offers|groups)\b/;
    expect(messagesOf(en).filter(([, text]) => countable.test(text)).map(([key]) => key)).toEqual([]);
    const en1 = (text: string, values: Record<string, number | string>) => new IntlMessageFormat(text, "en").format(values);
    const reasons = (en.get("matching.json") as { matching: { reasons: Record<string, string> } }).matching.reasons;
    expect(en1(reasons.workedTogether!, { a: "A", b: "B", jobs: 1 })).toBe("A and B delivered 1 job together");
    expect(en1(reasons.workedTogether!, { a: "A", b: "B", jobs: 1200 })).toBe("A and B delivered 1,200 jobs together");
  });

  it("show a template's placeholders as written (they are quoted, not values the page must pass)", () => {
    for (const [locale, files] of [["ja", ja], ["en", en]] as const) {
      const drawings = (files.get("drawings.json") as { drawings: { template: { hint: string } } }).drawings.template.hint;
      const groups = (files.get("groups.json") as { groups: { template: { hint: string; placeholders: string } } }).groups.template;
      for (const text of [drawings, groups.hint, groups.placeholders]) expect(new IntlMessageFormat(text, locale).format(), locale).toContain("{buyer}");
    }
  });
});
