// Staff's "re-run with other weights" form: one schema for the form's fields and the server.
// Fields arrive as URL parameters (the form is a GET, so a re-run can be shared as a link).
import { z } from "zod";
import { TERM_KEYS } from "@/lib/matching/weights";
import type { TermKey, Weights } from "@/lib/matching";

const weight = z.preprocess(
  (v) => (typeof v === "string" ? (v.trim() === "" ? undefined : v.trim()) : v),
  z.coerce.number({ error: "validation.number" }).min(0, "validation.number").max(100, "validation.tooBig").optional(),
);

export const weightsInputSchema = z.object(Object.fromEntries(TERM_KEYS.map((key) => [`w_${key}`, weight])) as Record<`w_${TermKey}`, typeof weight>);

export type WeightsParse = { weights: Partial<Weights> | undefined; invalid: TermKey[] };

export function parseWeightsInput(params: Record<string, string | string[] | undefined>): WeightsParse {
  const raw = Object.fromEntries(TERM_KEYS.map((key) => [`w_${key}`, firstOf(params[`w_${key}`])]));
  const parsed = weightsInputSchema.safeParse(raw);
  if (!parsed.success) {
    const invalid = [...new Set(parsed.error.issues.map((i) => String(i.path[0]).replace(/^w_/, "") as TermKey))];
    return { weights: undefined, invalid };
  }
  const weights: Partial<Weights> = {};
  for (const key of TERM_KEYS) {
    const value = parsed.data[`w_${key}`];
    if (value !== undefined) weights[key] = value;
  }
  return { weights: Object.keys(weights).length ? weights : undefined, invalid: [] };
}

const firstOf = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
