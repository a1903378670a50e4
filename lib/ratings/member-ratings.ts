// The buyer rates each member's own work when accepting the delivery (not only the group): four
// stars per accepted member. The group's rating (OrderRating, read by the firm page, partnerships
// and standing groups) is their mean per criterion, so the two can never disagree.
import "server-only";
import { DomainError } from "@/lib/authz";
import type { Prisma } from "@/lib/generated/prisma/client";
import { MEMBER_CRITERIA, memberRatingField, type MemberRatingInput } from "./schemas";

/** Every accepted member rated exactly once, and no one else: the field that is wrong, otherwise null. */
export function memberRatingProblem(acceptedMemberIds: readonly string[], ratings: readonly MemberRatingInput[]): DomainError | null {
  const rated = new Map(ratings.map((r) => [r.memberId, r]));
  if (rated.size !== ratings.length || ratings.some((r) => !acceptedMemberIds.includes(r.memberId))) return new DomainError("ratings.errors.eachMember");
  const missing = acceptedMemberIds.find((memberId) => !rated.has(memberId));
  return missing ? new DomainError("ratings.errors.eachMember", {}, memberRatingField(missing, "delivery")) : null;
}

const mean = (ratings: readonly MemberRatingInput[], criterion: (typeof MEMBER_CRITERIA)[number]) =>
  Math.round(ratings.reduce((sum, r) => sum + r[criterion], 0) / ratings.length);

export async function recordMemberRatings(
  tx: Prisma.TransactionClient,
  input: { orderId: string; ratings: readonly MemberRatingInput[]; comment: string; ratedById: string; now: Date },
) {
  const { orderId, ratings, comment, ratedById, now } = input;
  await tx.memberRating.createMany({ data: ratings.map((r) => ({ orderId, memberId: r.memberId, delivery: r.delivery, quality: r.quality, communication: r.communication, price: r.price, ratedById, createdAt: now })) });
  await tx.orderRating.create({ data: { orderId, delivery: mean(ratings, "delivery"), quality: mean(ratings, "quality"), communication: mean(ratings, "communication"), comment, ratedById, createdAt: now } });
}
