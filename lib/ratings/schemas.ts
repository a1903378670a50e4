// The two rating forms, shared by form and server: the buyer rates each member on acceptance, and
// a member firm rates the buyer once the order is accepted. Stars are whole numbers 1–5.
import { z } from "zod";
import { optionalText, uuidField as id } from "@/lib/validation/fields";
import { toHalfWidth } from "@/lib/validation/normalize";

const star = z.preprocess(
  (v) => (typeof v === "string" ? toHalfWidth(v).trim() : v),
  z.coerce.number({ error: "ratings.errors.star" }).int("ratings.errors.star").min(1, "ratings.errors.star").max(5, "ratings.errors.star"),
);

export const MEMBER_CRITERIA = ["delivery", "quality", "communication", "price"] as const;
export type MemberCriterion = (typeof MEMBER_CRITERIA)[number];
/** A member's star in the acceptance form is the field `rate:<memberId>:<criterion>`. */
export const memberRatingField = (memberId: string, criterion: MemberCriterion) => `rate:${memberId}:${criterion}`;
const PREFIX = "rate:";

function collectMemberRatings(raw: unknown) {
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) return raw;
  const entries = Object.entries(raw as Record<string, unknown>);
  const byMember = new Map<string, Record<string, unknown>>();
  for (const [key, value] of entries) {
    if (!key.startsWith(PREFIX)) continue;
    const [memberId = "", criterion = ""] = key.slice(PREFIX.length).split(":");
    if (!(MEMBER_CRITERIA as readonly string[]).includes(criterion)) continue;
    byMember.set(memberId, { ...(byMember.get(memberId) ?? { memberId }), [criterion]: value });
  }
  const rest = Object.fromEntries(entries.filter(([key]) => !key.startsWith(PREFIX)));
  return { ...rest, ratings: (raw as { ratings?: unknown }).ratings ?? [...byMember.values()] };
}

export const memberRatingSchema = z.object({ memberId: id, delivery: star, quality: star, communication: star, price: star });
export type MemberRatingInput = z.output<typeof memberRatingSchema>;

/** Acceptance: the comment is for the group; each accepted member gets its own four stars. */
export const acceptDeliverySchema = z.preprocess(
  collectMemberRatings,
  z.object({
    groupId: id,
    comment: optionalText(2000),
    ratings: z.array(memberRatingSchema).min(1, "ratings.errors.eachMember").max(100, "ratings.errors.eachMember"),
  }),
);
export type AcceptDeliveryInput = z.output<typeof acceptDeliverySchema>;

export const BUYER_CRITERIA = ["paymentOnTime", "specChanges", "communication"] as const;
export type BuyerCriterion = (typeof BUYER_CRITERIA)[number];
export const buyerRatingSchema = z.object({ groupId: id, paymentOnTime: star, specChanges: star, communication: star, comment: optionalText(2000) });
export type BuyerRatingInput = z.output<typeof buyerRatingSchema>;
