// The directory's filters as they live in the URL (shareable searches), parsed with one zod schema
// by the page, the benchmark and the tests. Unknown or malformed values are dropped, not errors:
// a hand-edited link should still show results.
import { z } from "zod";
import { storableString } from "@/lib/validation/text";
import { EquipmentKind } from "@/lib/generated/prisma/enums";
import { EMPLOYEE_BAND_CODES } from "./bands";

export const DIRECTORY_PAGE_SIZE = 20;
export const SORTS = ["relevance", "distance", "updated"] as const;
export type DirectorySort = (typeof SORTS)[number];

const list = (item: z.ZodType<string>) =>
  z.preprocess((v) => (v === undefined ? [] : (Array.isArray(v) ? v : [v]).flatMap((s) => (typeof s === "string" ? s.split(",") : [])).filter(Boolean)),
    z.array(storableString()).transform((values) => [...new Set(values.filter((value) => item.safeParse(value).success))].slice(0, 30)));
const code = storableString().regex(/^[a-z0-9_.-]{1,40}$/i);
const optionalInt = (max: number) =>
  z.preprocess((v) => (v === "" || v === undefined || v === null ? undefined : v), z.coerce.number().int().min(0).max(max).optional().catch(undefined));

export const directoryQuerySchema = z.object({
  q: storableString().max(200).optional().catch(undefined).transform((v) => v?.trim() ?? ""),
  process: list(code),
  material: list(code),
  cert: list(code),
  association: list(storableString().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i)),
  area: list(storableString().regex(/^\d{5}$/)),
  employees: list(z.enum(EMPLOYEE_BAND_CODES)),
  equipment: list(z.enum(Object.values(EquipmentKind) as [string, ...string[]])),
  tolMax: optionalInt(100_000), // tolerance ≤ X µm
  sizeMin: optionalInt(100_000), // workpiece ≥ Y mm
  capMin: optionalInt(100_000_000), // monthly capacity ≥ Z
  /** 空きあり in a week ("YYYY-MM-DD", its Monday) or a month ("YYYY-MM"), for the chosen processes (lib/capacity). */
  free: storableString().regex(/^\d{4}-(0[1-9]|1[0-2])(-\d{2})?$/).optional().catch(undefined),
  sort: z.enum(SORTS).catch("relevance").default("relevance"),
  /** Distance origin: a municipality code ("13111") or "lat,lng". */
  near: storableString().regex(/^(\d{5}|-?\d{1,2}(\.\d+)?,-?\d{1,3}(\.\d+)?)$/).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(500).catch(1).default(1),
});

export type DirectoryQuery = z.output<typeof directoryQuerySchema>;

/** URLSearchParams or Next's searchParams object → a plain object zod can read. */
export function parseDirectoryQuery(input: URLSearchParams | Record<string, string | string[] | undefined>): DirectoryQuery {
  const raw: Record<string, string | string[]> = {};
  if (input instanceof URLSearchParams) {
    for (const key of new Set(input.keys())) raw[key] = input.getAll(key);
  } else {
    for (const [key, value] of Object.entries(input)) if (value !== undefined) raw[key] = value;
  }
  for (const key of ["q", "tolMax", "sizeMin", "capMin", "free", "sort", "near", "page"]) {
    const value = raw[key];
    if (Array.isArray(value)) raw[key] = value[0] ?? "";
  }
  return directoryQuerySchema.parse(raw);
}

/** The query back as a URL search string (lists comma-joined), for links that change one thing. */
export function directoryHref(query: DirectoryQuery, change: Partial<DirectoryQuery> = {}): string {
  const next = { ...query, page: 1, ...change };
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(next)) {
    if (Array.isArray(value)) {
      if (value.length) params.set(key, value.join(","));
    } else if (value !== undefined && value !== "" && !(key === "page" && value === 1) && !(key === "sort" && value === "relevance")) {
      params.set(key, String(value));
    }
  }
  const s = params.toString();
  return s ? `/directory?${s}` : "/directory";
}

/** Toggles one value of a list filter. */
export function toggled(values: readonly string[], value: string): string[] {
  return values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
}
