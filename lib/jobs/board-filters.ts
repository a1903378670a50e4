// The firm's job board filters, as they live in the URL (shareable searches). One schema for the
// filter form and the server; a malformed value is dropped, never an error page.
import { z } from "zod";
import { storableString } from "@/lib/validation/text";
import { toHalfWidth } from "@/lib/validation/normalize";

const code = storableString().trim().regex(/^[a-z0-9_]{1,40}$/).optional().catch(undefined);
const isoDate = storableString().trim().regex(/^\d{4}-\d{2}-\d{2}$/).optional().catch(undefined);
const yen = z.preprocess(
  (v) => (typeof v === "string" ? toHalfWidth(v).replace(/[,\s¥円]/g, "") : v),
  z.coerce.number().int().min(0).max(1_000_000_000_000).optional(),
).catch(undefined);

export const boardFiltersSchema = z.object({
  q: storableString().trim().max(100).optional().catch(undefined),
  process: code,
  material: code,
  area: storableString().trim().regex(/^\d{5}$/).optional().catch(undefined),
  deadlineBefore: isoDate,
  budgetMin: yen,
  /** "fit": only jobs with at least one step the firm can do (the default for firms). */
  show: z.enum(["fit", "all"]).default("fit").catch("fit"),
  page: z.coerce.number().int().min(1).max(1000).default(1).catch(1),
});
export type BoardFilters = z.output<typeof boardFiltersSchema>;

export function parseBoardFilters(params: Record<string, string | string[] | undefined>): BoardFilters {
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v === "" ? undefined : v);
  return boardFiltersSchema.parse(Object.fromEntries(Object.keys(boardFiltersSchema.shape).map((k) => [k, first(params[k])])));
}
