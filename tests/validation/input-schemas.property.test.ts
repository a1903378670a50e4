// Every zod input schema and the server-action wrapper, fed arbitrary strings and numbers
// (fast-check, 1,000 runs per schema): parsing never throws, and whatever a schema lets through can
// be written to PostgreSQL as text and as jsonb (no NUL byte, no lone UTF-16 surrogate, no NaN or
// infinity). The schemas are found, not listed: every zod value exported by a module under lib/ and
// every action's schema (defineAction puts it on the action), so a new schema is covered at once.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { discoverEndpoints } from "../authz/discover-endpoints";
import { createTestDatabase } from "../helpers/test-db";
import { testDb } from "../auth/db-state";

vi.mock("@/lib/auth/viewer", () => ({ getViewer: async () => null }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));
vi.mock("@/lib/db/client", async (importOriginal) => ({ ...(await importOriginal<object>()), ...(await import("../auth/db-state")).dbClientMock() }));

const { defineAction } = await import("@/lib/actions/define-action");
const { unstorableFields } = await import("@/lib/validation/text");

const ROOT = path.resolve(__dirname, "../..");
const RUNS = 1_000;
/** zod modules that read no user input: the process environment and a backup's own manifest. */
const NOT_INPUT = new Set(["lib/config/env.ts", "lib/backup/manifest.ts"]);

function walk(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir)) {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) {
      if (entry !== "generated") walk(full, out);
    } else if (/\.tsx?$/.test(entry) && !/\.test\.tsx?$/.test(entry)) out.push(full);
  }
  return out;
}

interface FoundSchema {
  where: string;
  schema: z.ZodType;
}

async function discoverSchemas(): Promise<FoundSchema[]> {
  const found: FoundSchema[] = [];
  const seen = new Set<z.ZodType>();
  const add = (where: string, value: unknown) => {
    if (!(value instanceof z.ZodType) || seen.has(value)) return;
    seen.add(value);
    found.push({ where, schema: value });
  };
  for (const full of walk(path.join(ROOT, "lib"))) {
    const file = path.relative(ROOT, full).split(path.sep).join("/");
    if (NOT_INPUT.has(file) || !/from "zod"/.test(readFileSync(full, "utf8"))) continue;
    const mod = (await import(/* @vite-ignore */ `@/${file.replace(/\.tsx?$/, "")}`)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod)) add(`${file} → ${name}`, value);
  }
  const actionFiles = [...new Set(discoverEndpoints().endpoints.filter((e) => e.kind === "action").map((e) => e.file))];
  for (const file of actionFiles) {
    const mod = (await import(/* @vite-ignore */ `@/${file.replace(/\.tsx?$/, "")}`)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod)) if (typeof value === "function") add(`${file} → ${name} (action)`, (value as { inputSchema?: unknown }).inputSchema);
  }
  return found;
}

/** The field names a schema reads, so generated inputs have its shape (objects inside pipes,
 *  preprocessors, intersections, defaults …). */
function fieldsOf(schema: z.ZodType): string[] {
  const def = (schema as unknown as { _zod: { def: Record<string, unknown> } })._zod.def;
  switch (def.type) {
    case "object":
      return Object.keys(def.shape as object);
    case "pipe":
      return [...new Set([...fieldsOf(def.in as z.ZodType), ...fieldsOf(def.out as z.ZodType)])];
    case "intersection":
      return [...fieldsOf(def.left as z.ZodType), ...fieldsOf(def.right as z.ZodType)];
    case "union":
      return [...new Set((def.options as z.ZodType[]).flatMap(fieldsOf))];
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "catch":
    case "readonly":
      return fieldsOf(def.innerType as z.ZodType);
    default:
      return [];
  }
}

/** Characters that break storage, among ordinary and full-width ones and any code unit at all. */
const unit = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: "binary", minLength: 1, maxLength: 1 }) },
  { weight: 2, arbitrary: fc.constantFrom("\u0000", "\uD800", "\uDBFF", "\uDC00", "\uDFFF", "\uD83D", "%", "\u3000", "１", "ａ", "-", " ") },
  { weight: 2, arbitrary: fc.string({ unit: "grapheme-ascii", minLength: 1, maxLength: 1 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)) },
);
const text = fc.string({ unit, maxLength: 40 });
/** Values that pass format checks (ids, dates, codes, flags), so the text fields next to them are
 *  reached; and the same with a bad character spliced in. */
const plausible = fc.oneof(fc.uuid(), fc.constantFrom("2026-12-01", "13101", "1440052", "true", "on", "ja", "en", "1", "100", "turning", "milling"));
const spliced = fc
  .tuple(plausible, fc.constantFrom("\u0000", "\uD800", "\uDFFF"), fc.boolean())
  .map(([valid, bad, before]) => (before ? bad + valid : valid + bad));
const number = fc.oneof(fc.integer(), fc.double(), fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -0, 1e308, 2 ** 31, 2 ** 53));
const scalar = fc.oneof(
  { weight: 3, arbitrary: text },
  { weight: 3, arbitrary: plausible },
  { weight: 1, arbitrary: spliced },
  { weight: 1, arbitrary: number },
  { weight: 1, arbitrary: fc.constantFrom(undefined, null, "", true, false) },
);
const value = fc.oneof({ weight: 5, arbitrary: scalar }, { weight: 1, arbitrary: fc.array(scalar, { maxLength: 4 }) }, { weight: 1, arbitrary: fc.dictionary(text, scalar, { maxKeys: 3 }) });

function inputFor(schema: z.ZodType): fc.Arbitrary<unknown> {
  const fields = fieldsOf(schema);
  if (fields.length === 0) return value;
  return fc.record(Object.fromEntries(fields.map((field) => [field, value])), { requiredKeys: [] });
}

/** What a schema let through that no database column can hold. */
function unstorable(output: unknown, where: string[] = []): string[] {
  if (typeof output === "number") return Number.isFinite(output) ? [] : [`${where.join(".")}: ${output}`];
  if (output instanceof Date) return Number.isNaN(output.getTime()) ? [`${where.join(".")}: Invalid Date`] : [];
  if (Array.isArray(output)) return output.flatMap((item, i) => unstorable(item, [...where, String(i)]));
  if (output && typeof output === "object" && !(output instanceof File)) return Object.entries(output).flatMap(([k, v]) => unstorable(v, [...where, k]));
  return unstorableFields(output, where).map((f) => `${f.field}: ${f.reason}`);
}

const schemas = await discoverSchemas();

describe("arbitrary input through every input schema", () => {
  it("finds the schemas of every feature and every action", () => {
    const files = new Set(schemas.map((s) => s.where.split(" → ")[0]));
    for (const expected of ["lib/inquiries/schemas.ts", "lib/jobs/job-schema.ts", "lib/firm-profile/schema.ts", "lib/validation/auth-schemas.ts", "app/jobs/actions.ts"]) expect(files).toContain(expected);
    expect(schemas.length).toBeGreaterThan(60);
  });

  it.each(schemas.map((s) => [s.where, s.schema] as const))("%s: never throws, lets nothing unstorable through", (_where, schema) => {
    fc.assert(
      fc.property(inputFor(schema), (input) => {
        const parsed = schema.safeParse(input);
        if (parsed.success) expect(unstorable(parsed.data)).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });
});

describe("arbitrary input through the action wrapper", () => {
  beforeAll(async () => {
    testDb.current = await createTestDatabase();
  });
  afterAll(async () => testDb.current?.close());

  it.each(schemas.map((s) => [s.where, s.schema] as const))("%s: a field message or a stored value, never an unexpected error", async (where, schema) => {
    const prisma = testDb.current!.prisma;
    // The handler writes every string it gets as text and as jsonb, as a real handler would.
    const action = defineAction({
      name: "property.store",
      permission: "public",
      schema,
      handler: async ({ input }) => {
        const strings: string[] = [];
        JSON.stringify(input, (_key, v: unknown) => (typeof v === "string" && strings.push(v), v));
        for (const s of strings) await prisma.$queryRaw`SELECT ${s}::text AS t, ${JSON.stringify({ s })}::jsonb AS j`;
        return strings.length;
      },
    });
    await fc.assert(
      fc.asyncProperty(inputFor(schema), async (input) => {
        const result = await action(null, input as Record<string, unknown>);
        expect(result.ok || result.code === "invalid", `${where}: ${JSON.stringify(result)}`).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });
});
