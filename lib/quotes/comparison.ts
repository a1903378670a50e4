// The buyer's comparison of the offers on its job, one column per group: the last version each
// group sent, its price before and after tax, the committed delivery against the deadline, the
// members and the lead, the match score and reasons, the members' records, the fit to the budget
// (before tax, as budgets are stated), the validity, and whether staff approved the group yet.
// A handful of queries whatever the number of groups (the page must answer in < 300 ms).
import "server-only";
import type { Viewer } from "@/lib/auth/viewer-types";
import { authorize, NotFoundError } from "@/lib/authz";
import { jobVisibleWhere } from "@/lib/authz/scope";
import { clock } from "@/lib/clock";
import type { Database } from "@/lib/db/client";
import { workingDaysBetween, isoDay, tokyoDay } from "./working-days";

export type BudgetFit = "below" | "within" | "above" | "unknown";

export function budgetFit(subtotalYen: bigint, budget: { minYen: bigint | null; maxYen: bigint | null }): BudgetFit {
  if (budget.minYen === null && budget.maxYen === null) return "unknown";
  if (budget.maxYen !== null && subtotalYen > budget.maxYen) return "above";
  if (budget.minYen !== null && subtotalYen < budget.minYen) return "below";
  return "within";
}

export async function compareOffers(db: Database, viewer: Viewer, jobId: string, now = clock.now()) {
  if (!/^[0-9a-f-]{36}$/i.test(jobId)) throw new NotFoundError("job");
  const job = await db.prisma.job.findFirst({ where: { AND: [{ id: jobId }, jobVisibleWhere(viewer)] }, select: { id: true, buyerOrgId: true, titleJa: true, titleEn: true, status: true, deadline: true, quantity: true, budgetMinYen: true, budgetMaxYen: true, publishedAt: true } });
  if (!job) throw new NotFoundError("job");
  authorize(viewer, "offer.compare", { type: "job", id: job.id, buyerOrgId: job.buyerOrgId });
  // The offers, their groups and the members' records are read side by side (each a few round trips).
  const [offers, groups, records] = await Promise.all([
    db.prisma.groupOffer.findMany({
      where: { jobId: job.id, sentAt: { not: null } },
      orderBy: [{ groupId: "asc" }, { version: "desc" }],
      select: {
        id: true, groupId: true, version: true, number: true, status: true, rowVersion: true, showBreakdown: true, validUntil: true, subtotalYen: true, taxYen: true, totalYen: true,
        committedDelivery: true, sentAt: true, paymentTerms: true, conditions: true, declineReason: true,
        lines: { orderBy: { position: "asc" }, select: { id: true, kind: true, stepPosition: true, processCode: true, quantity: true, unitPriceYen: true, amountYen: true, plannedStart: true, plannedEnd: true, critical: true, firmId: true } },
        statusChanges: { orderBy: { createdAt: "asc" }, select: { toStatus: true, reason: true, comment: true, createdAt: true } },
      },
    }),
    db.prisma.jointOrderGroup.findMany({
      where: { jobId: job.id, offers: { some: { sentAt: { not: null } } } },
      select: {
        id: true, status: true, leadFirmId: true, contractModel: true,
        sourceSuggestion: { select: { totalScore: true, reasons: true } },
        members: { where: { status: { in: ["INVITED", "ACCEPTED"] } }, orderBy: [{ isLead: "desc" }, { id: "asc" }], select: { firmId: true, isLead: true, firm: { select: { nameJa: true, nameEn: true } } } },
      },
    }),
    // Each member's record in one pass: orders delivered and the buyers' average quality rating.
    db.sql.query<{ firmId: string; delivered: number; quality: number | null }>(
      `SELECT m."firmId", count(*) FILTER (WHERE o.status IN ('DELIVERED', 'ACCEPTED'))::int AS delivered, round(avg(r.quality)::numeric, 1)::float8 AS quality
       FROM "GroupMember" m JOIN "Order" o ON o."groupId" = m."groupId" LEFT JOIN "OrderRating" r ON r."orderId" = o.id
       WHERE m.status = 'ACCEPTED' AND m."firmId" IN (
         SELECT gm."firmId" FROM "GroupMember" gm JOIN "JointOrderGroup" g ON g.id = gm."groupId" WHERE g."jobId" = $1 AND gm.status IN ('INVITED', 'ACCEPTED'))
       GROUP BY m."firmId"`,
      [job.id],
    ),
  ]);
  const recordOf = new Map(records.map((r) => [r.firmId, r]));
  const today = tokyoDay(now);
  const deadline = isoDay(job.deadline);
  const columns = groups.map((group) => {
    const versions = offers.filter((o) => o.groupId === group.id);
    const latest = versions[0]!;
    const validUntil = latest.validUntil ? isoDay(latest.validUntil) : null;
    const committed = latest.committedDelivery ? isoDay(latest.committedDelivery) : null;
    return {
      group: { id: group.id, status: group.status, approved: group.status === "APPROVED" || group.status === "AWARDED", contractModel: group.contractModel, score: group.sourceSuggestion?.totalScore ?? null, reasons: (group.sourceSuggestion?.reasons ?? []) as { key: string; params?: Record<string, unknown> }[] },
      members: group.members.map((m) => ({ firmId: m.firmId, isLead: m.firmId === group.leadFirmId, name: m.firm, delivered: recordOf.get(m.firmId)?.delivered ?? 0, quality: recordOf.get(m.firmId)?.quality ?? null })),
      offer: { ...latest, lines: latest.showBreakdown ? latest.lines : [] },
      lapsed: latest.status === "LAPSED" || (validUntil !== null && validUntil < today && (latest.status === "SENT" || latest.status === "REVISION_REQUESTED")),
      validDaysLeft: validUntil === null ? null : workingDaysBetween(today, validUntil),
      slackDays: committed === null ? null : workingDaysBetween(committed, deadline),
      budget: budgetFit(latest.subtotalYen ?? 0n, { minYen: job.budgetMinYen, maxYen: job.budgetMaxYen }),
      history: versions.map((v) => ({ id: v.id, version: v.version, number: v.number, status: v.status, totalYen: v.totalYen, sentAt: v.sentAt, changes: v.statusChanges })),
    };
  });
  // Cheapest first: the order a buyer reads a comparison in.
  columns.sort((a, b) => (a.offer.totalYen! < b.offer.totalYen! ? -1 : a.offer.totalYen! > b.offer.totalYen! ? 1 : a.group.id < b.group.id ? -1 : 1));
  return { job, columns, today };
}
export type OfferComparison = Awaited<ReturnType<typeof compareOffers>>;
