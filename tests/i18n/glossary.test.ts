import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// The glossary (messages/glossary.json) names one word per act; the catalogues must follow it.

const root = path.join(process.cwd(), "messages");

type Term = { id: string; ja: string; en: string; forbidden: { ja: string[]; en: string[] }; keys: string[] };
type Glossary = { terms: Term[]; units: { placeholders: string[]; enPlaceholders: string[]; ja: string[]; en: string[] } };
const glossary = JSON.parse(readFileSync(path.join(root, "glossary.json"), "utf8")) as Glossary;

/** Every message of one language as [dotted key, text]. */
function messages(locale: "ja" | "en"): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (node: unknown, prefix: string) => {
    if (typeof node === "string") out.set(prefix, node);
    else if (node && typeof node === "object") for (const [key, inner] of Object.entries(node)) walk(inner, prefix ? `${prefix}.${key}` : key);
  };
  walk(JSON.parse(readFileSync(path.join(root, `${locale}.json`), "utf8")), "");
  const dir = path.join(root, locale);
  if (existsSync(dir)) for (const name of readdirSync(dir).filter((f) => f.endsWith(".json"))) walk(JSON.parse(readFileSync(path.join(dir, name), "utf8")), "");
  return out;
}

const catalogues = { ja: messages("ja"), en: messages("en") };

/** A forbidden variant as a whole word in English (so "login" does not match "loginFailed" keys, only text). */
function uses(text: string, variant: string, locale: "ja" | "en"): boolean {
  if (locale === "ja") return text.includes(variant);
  return new RegExp(`(^|[^A-Za-z])${variant.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}($|[^A-Za-z])`, "i").test(text);
}

describe("glossary", () => {
  for (const term of glossary.terms) {
    it(`${term.id}: no catalogue uses a forbidden variant of ${term.ja} / ${term.en}`, () => {
      for (const locale of ["ja", "en"] as const) {
        const found = [...catalogues[locale]].flatMap(([key, text]) => term.forbidden[locale].filter((v) => uses(text, v, locale)).map((v) => `${locale} ${key}: ${v}`));
        expect(found).toEqual([]);
      }
    });

    it(`${term.id}: the listed messages say ${term.ja} / ${term.en}`, () => {
      for (const key of term.keys) {
        for (const locale of ["ja", "en"] as const) {
          const text = catalogues[locale].get(key);
          expect(text, `${locale} ${key} exists`).toBeDefined();
          expect(text!.toLowerCase(), `${locale} ${key}`).toContain(term[locale].toLowerCase());
        }
      }
    });
  }

  it("gives every count its unit (空き 9,888 個, 2 社; '3 pcs' or a plural clause in English)", () => {
    const names = glossary.units.placeholders.join("|");
    const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    // A placeholder in quotes is shown as written (template hints), not a value.
    const ja = new RegExp(`(?<!')\\{(?:${names})\\}(?!\\s*(?:${glossary.units.ja.map(escape).join("|")}))`);
    const en = new RegExp(`(?<!')\\{(?:${glossary.units.enPlaceholders.join("|")})\\}(?!\\s*(?:${glossary.units.en.map(escape).join("|")}))`);
    const bare = (locale: "ja" | "en", pattern: RegExp) => [...catalogues[locale]].filter(([, text]) => pattern.test(text)).map(([key, text]) => `${locale} ${key}: ${text}`);
    expect(bare("ja", ja)).toEqual([]);
    expect(bare("en", en)).toEqual([]);
  });

  it("has a unit rule that catches a bare count", () => {
    const names = glossary.units.placeholders.join("|");
    const ja = new RegExp(`(?<!')\\{(?:${names})\\}(?!\\s*(?:${glossary.units.ja.join("|")}))`);
    expect(ja.test("空き {free}")).toBe(true);
    expect(ja.test("空き {free} 個")).toBe(false);
  });
});
