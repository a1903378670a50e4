// Firms rate the buyer once its order is accepted: payment on time, how the specification held,
// communication. Before quoting, a firm sees the buyer's standing from these, shown only from three
// ratings on so that no single rater can be picked out.
import "server-only";
import type { Viewer } from "@/lib/auth/viewer-types";
import { DomainError } from "@/lib/authz";
import { clock } from "@/lib/clock";
import type { Database } from "@/lib/db/client";
import type { SqlConnection } from "@/lib/db/sql-connection";
import { loadGroupRef } from "@/lib/groups/group-access";
import type { BuyerRatingInput } from "./schemas";

export const MIN_RATINGS_SHOWN = 3;

/** Rates the buyer of the viewer's order once per member firm; a second submission keeps the first. */
export async function rateBuyer(db: Database, viewer: Viewer, input: BuyerRatingInput, now = clock.now()): Promise<{ recorded: boolean }> {
  const { group } = await loadGroupRef(db.prisma, viewer, input.groupId, "buyer.rate");
  const member = group.members.find((m) => m.firmId === viewer.firmId && m.status === "ACCEPTED");
  if (!member) throw new DomainError("ratings.errors.notMember");
  const order = await db.prisma.order.findUnique({ where: { groupId: group.id }, select: { id: true, status: true } });
  if (!order || order.status !== "ACCEPTED") throw new DomainError("ratings.errors.notAccepted");
  const { count } = await db.prisma.buyerRating.createMany({
    data: [{ orderId: order.id, memberId: member.id, paymentOnTime: input.paymentOnTime, specChanges: input.specChanges, communication: input.communication, comment: input.comment, ratedById: viewer.userId, createdAt: now }],
    skipDuplicates: true,
  });
  return { recorded: count === 1 };
}

/** Whether the viewer's firm may rate this group's buyer now, and whether it already has. */
export async function buyerRatingState(db: Database, viewer: Viewer, groupId: string): Promise<"rate" | "rated" | null> {
  if (!viewer.firmId || viewer.role !== "FIRM_ADMIN") return null;
  const order = await db.prisma.order.findUnique({ where: { groupId }, select: { id: true, status: true } });
  if (!order || order.status !== "ACCEPTED") return null;
  const member = await db.prisma.groupMember.findFirst({ where: { groupId, firmId: viewer.firmId, status: "ACCEPTED" }, select: { id: true, buyerRatingsGiven: { where: { orderId: order.id }, select: { orderId: true } } } });
  if (!member) return null;
  return member.buyerRatingsGiven.length ? "rated" : "rate";
}

export interface BuyerStanding {
  count: number;
  /** Averages (1–5, one decimal), null until MIN_RATINGS_SHOWN ratings exist. */
  averages: { paymentOnTime: number; specChanges: number; communication: number } | null;
}

/** Member firms' ratings of one buyer organisation, over all its orders. */
export async function buyerStanding(sql: SqlConnection, buyerOrgId: string): Promise<BuyerStanding> {
  const [row] = await sql.query<{ n: number; payment: number | null; spec: number | null; comms: number | null }>(
    `SELECT count(*)::int AS n,
            round(avg(r."paymentOnTime"), 1)::float8 AS payment,
            round(avg(r."specChanges"), 1)::float8 AS spec,
            round(avg(r.communication), 1)::float8 AS comms
       FROM "BuyerRating" r JOIN "Order" o ON o.id = r."orderId"
      WHERE o."buyerOrgId" = $1`,
    [buyerOrgId],
  );
  const count = row?.n ?? 0;
  if (count < MIN_RATINGS_SHOWN || !row) return { count, averages: null };
  return { count, averages: { paymentOnTime: row.payment!, specChanges: row.spec!, communication: row.comms! } };
}
