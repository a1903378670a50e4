// One zod schema per non-conformance form, shared by the form and the server. The lifecycle's own
// rules (who may move, what each stage needs, cost shares adding up) are the server's
// (lib/quality/non-conformances.ts), reported on the field they concern.
import { z } from "zod";
import { storableString } from "@/lib/validation/text";
import { yenField } from "@/lib/money/fields";
import { optionalText, uuidField } from "@/lib/validation/fields";
import { toHalfWidth } from "@/lib/validation/normalize";

const required = (max: number) => optionalText(max).pipe(storableString().min(1, "validation.required"));
const optionalId = z.preprocess((v) => (v === "" || v === null ? undefined : v), uuidField.optional());
const wholeOrEmpty = (max: number) =>
  z.preprocess(
    (v) => (typeof v === "string" ? (toHalfWidth(v).replace(/[,\s個]/g, "") || undefined) : v),
    z.coerce.number({ error: "validation.number" }).int("validation.number").min(1, "validation.tooSmall").max(max, "validation.tooBig").optional(),
  );
const version = z.preprocess((v) => (typeof v === "string" ? v.trim() : v), z.coerce.number({ error: "validation.invalid" }).int().min(0).max(1_000_000));

export const raiseNcSchema = z.object({
  groupId: uuidField,
  assignmentId: optionalId,
  description: required(4000),
  quantityAffected: wholeOrEmpty(10_000_000),
});

/** A percentage with at most two decimals ("60", "３３．３３") as basis points; empty is 0. */
const percentShare = z.preprocess(
  (v) => (typeof v === "string" ? toHalfWidth(v).replace(/[%％\s]/g, "") || "0" : v),
  storableString().regex(/^\d{1,3}(\.\d{1,2})?$/, "quality.nc.problems.shareFormat").transform((s) => Math.round(Number(s) * 100)).pipe(z.number().max(10_000, "quality.nc.problems.shareFormat")),
);

/** Form fields named "share:<memberId>" (one per member, so each keeps what was typed). */
export const SHARE_FIELD_PREFIX = "share:";
function collectShares(raw: unknown): unknown {
  if (!raw || typeof raw !== "object") return raw;
  const entries = Object.entries(raw as Record<string, unknown>);
  const shares = entries.filter(([key]) => key.startsWith(SHARE_FIELD_PREFIX)).map(([key, percent]) => ({ memberId: key.slice(SHARE_FIELD_PREFIX.length), percent }));
  return { ...Object.fromEntries(entries.filter(([key]) => !key.startsWith(SHARE_FIELD_PREFIX))), shares: (raw as { shares?: unknown }).shares ?? shares };
}

/** The lead names who is responsible, under which clause, what it costs and who bears what part;
 *  no split given means the responsible member bears it all (the standard agreement's 第7条). */
export const assignNcSchema = z.preprocess(
  collectShares,
  z
    .object({
      ncId: uuidField,
      version,
      responsibleMemberId: uuidField,
      agreementClause: required(100),
      costYen: z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), yenField().optional()),
      note: optionalText(2000),
      shares: z.array(z.object({ memberId: uuidField, percent: percentShare })).max(100),
    })
    .superRefine((value, ctx) => {
      const total = value.shares.reduce((sum, s) => sum + s.percent, 0);
      if (total !== 0 && total !== 10_000) ctx.addIssue({ code: "custom", path: ["shares"], message: "quality.nc.problems.sharesTotal" });
    })
    .transform(({ shares, ...rest }) => ({ ...rest, shares: shares.filter((s) => s.percent > 0).map((s) => ({ memberId: s.memberId, basisPoints: s.percent })) })),
);

export const NC_STAGE_MOVES = ["CONTAINED", "CAUSE_FOUND", "CORRECTED", "CLOSED", "WITHDRAWN"] as const;
export const moveNcSchema = z.object({
  ncId: uuidField,
  version,
  to: z.enum(NC_STAGE_MOVES, { error: "validation.choose" }),
  note: optionalText(4000),
  cause: z.preprocess((v) => (v === "" ? undefined : v), z.enum(["MAN", "MACHINE", "MATERIAL", "METHOD"], { error: "validation.choose" }).optional()),
});

export const acknowledgeNcSchema = z.object({ ncId: uuidField });

export const rmaSchema = z.object({
  ncId: uuidField,
  version,
  quantity: wholeOrEmpty(10_000_000).pipe(z.number({ error: "validation.required" })),
  disposition: z.enum(["REWORK", "REPLACEMENT", "SCRAP"], { error: "validation.choose" }),
});
export const resolveRmaSchema = z.object({ ncId: uuidField, version });
