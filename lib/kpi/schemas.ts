// One zod schema per KPI form and for the dashboard's search parameters.
import { z } from "zod";
import { storableString } from "@/lib/validation/text";
import type { KpiIndicator } from "@/lib/generated/prisma/enums";
import { toHalfWidth } from "@/lib/validation/normalize";
import { BREAKDOWN_DIMENSIONS } from "./breakdown-dimensions";
import { INDICATORS } from "./indicators";
import { periodCodeSchema } from "./period";

const whole = (min: number, max: number) =>
  z.preprocess(
    (v) => (typeof v === "string" ? toHalfWidth(v).replace(/[,\s¥円%]/g, "") : v),
    z.coerce.number({ error: "validation.number" }).int("validation.number").min(min, "validation.tooSmall").max(max, "validation.tooBig"),
  );
const text = (max: number) => z.preprocess((v) => (typeof v === "string" ? v.normalize("NFC").trim() : (v ?? "")), storableString().max(max, "validation.tooLong"));
const optionalId = z.preprocess((v) => (v === "" ? undefined : v), storableString().uuid("validation.invalid").optional());

const targetFields = Object.fromEntries(
  INDICATORS.map((i) => [i.code, i.unit === "percent" ? whole(-100, 1000) : whole(0, 1_000_000_000_000_000)]),
) as Record<KpiIndicator, ReturnType<typeof whole>>;

export const targetsSchema = z.object({ fiscalYear: whole(2000, 2100), ...targetFields });
export type TargetsInput = z.output<typeof targetsSchema>;

export const BUSINESS_EVENT_KINDS = ["TRADE_FAIR", "BUSINESS_MEETING", "FACTORY_TOUR", "SEMINAR"] as const;

export const businessEventSchema = z.object({
  kind: z.enum(BUSINESS_EVENT_KINDS, { error: "validation.choose" }),
  titleJa: text(200).pipe(storableString().min(1, "validation.required")),
  titleEn: text(200),
  heldOn: storableString({ error: "validation.required" })
    .regex(/^\d{4}-\d{2}-\d{2}$/, "validation.invalid")
    .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v), "validation.invalid"),
  place: text(200),
  participants: z.preprocess((v) => (v === "" ? undefined : v), whole(0, 1_000_000).optional()),
  associationId: optionalId,
});
export type BusinessEventInput = z.output<typeof businessEventSchema>;

/** The dashboard's search parameters; anything invalid falls back to the default. */
export const dashboardParamsSchema = z.object({
  period: periodCodeSchema.optional().catch(undefined),
  association: storableString().uuid().optional().catch(undefined),
  breakdown: z.enum(BREAKDOWN_DIMENSIONS).optional().catch(undefined),
});
export type DashboardParams = z.output<typeof dashboardParamsSchema>;

/** First value of each search parameter (Next.js gives arrays for repeated ones). */
export function firstValues(params: Record<string, string | string[] | undefined>): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
}
