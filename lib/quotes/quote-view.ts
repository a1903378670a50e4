// What the group page shows of prices, by who is looking. A member firm's admin (or its shop-floor
// members, when the firm allows it) sees its own steps' lines, with the job's budget and the
// reference range for each; the lead firm sees every member's lines, its draft offer with the
// schedule and totals they give, and the versions it sent. Other members never see others' prices
// or the offer's totals. The buyer and staff see sent versions (the buyer compares them on the job).
import "server-only";
import type { Viewer } from "@/lib/auth/viewer-types";
import { can } from "@/lib/authz";
import { clock } from "@/lib/clock";
import type { Database } from "@/lib/db/client";
import { loadGroupRef } from "@/lib/groups/group-access";
import { PRICING_STATUSES } from "./quote-lines";
import { loadReferenceRange } from "./reference-data";
import { loadRoute, priceRoute } from "./route-data";
import { tokyoDay } from "./working-days";

export type QuoteRole = "lead" | "member" | "buyer" | "staff";

export async function groupQuotes(db: Database, viewer: Viewer, groupId: string, now = clock.now()) {
  const { group, resource } = await loadGroupRef(db.prisma, viewer, groupId, "group.view");
  if (group.kind !== "JOB" || !can(viewer, "quote.view", resource)) return null;
  const role: QuoteRole = viewer.buyerOrgId ? "buyer" : viewer.firmId === group.leadFirmId ? "lead" : viewer.firmId ? "member" : "staff";
  const route = await loadRoute(db.prisma, groupId);
  const firmOf = new Map(route.members.map((m) => [m.id, m]));
  const seesAllLines = role === "lead" || role === "staff";
  const steps = role === "buyer" ? [] : route.assignments.filter((a) => seesAllLines || firmOf.get(a.memberId)?.firmId === viewer.firmId);
  const mine = route.assignments.filter((a) => firmOf.get(a.memberId)?.firmId === viewer.firmId);
  const references = await Promise.all(
    mine.map(async (a) => [a.id, await loadReferenceRange(db, { processCode: a.processCode, materialCategory: a.jobStep?.material?.category ?? null, quantity: a.quantity })] as const),
  );
  const offers = await db.prisma.groupOffer.findMany({
    where: { groupId, ...(role === "lead" ? {} : { sentAt: { not: null } }) },
    orderBy: { version: "desc" },
    select: {
      id: true, version: true, number: true, status: true, rowVersion: true, replacesId: true, coordinationFeeYen: true, transportYen: true, showBreakdown: true, validUntil: true, paymentTerms: true, deliveryPlace: true, conditions: true,
      subtotalYen: true, taxYen: true, totalYen: true, committedDelivery: true, sentAt: true, declineReason: true,
      statusChanges: { orderBy: { createdAt: "asc" }, select: { toStatus: true, reason: true, comment: true, createdAt: true } },
    },
  });
  // A member that does not lead sees which version went out and what became of it, not its sums.
  const visibleOffers = role === "member" ? offers.map((o) => ({ ...o, coordinationFeeYen: null, transportYen: null, subtotalYen: null, taxYen: null, totalYen: null })) : offers;
  const draft = role === "lead" ? (offers.find((o) => o.status === "DRAFT") ?? null) : null;
  const preview = role === "lead" ? priceRoute(route, { from: tokyoDay(now), coordinationFeeYen: draft?.coordinationFeeYen ?? 0n, transportYen: draft?.transportYen ?? 0n }) : null;
  return {
    role,
    canPrice: PRICING_STATUSES.includes(group.status) && can(viewer, "quote.price", resource),
    canSend: (group.status === "PENDING_APPROVAL" || group.status === "APPROVED") && can(viewer, "offer.send", resource),
    canEditOffer: PRICING_STATUSES.includes(group.status) && can(viewer, "offer.send", resource),
    job: { id: route.job!.id, deadline: route.job!.deadline, quantity: route.job!.quantity, deliveryPlace: route.job!.deliveryPlace, budgetMinYen: route.job!.budgetMinYen, budgetMaxYen: route.job!.budgetMaxYen },
    steps: steps.map((a) => ({ assignmentId: a.id, position: a.jobStep?.position ?? 0, processCode: a.processCode, materialCode: a.jobStep?.materialCode ?? null, quantity: a.quantity, firm: firmOf.get(a.memberId)!.firm, own: firmOf.get(a.memberId)?.firmId === viewer.firmId, line: a.quoteLine })),
    references: new Map(references),
    draft,
    preview,
    offers: visibleOffers.filter((o) => o.status !== "DRAFT"),
  };
}
export type GroupQuotes = NonNullable<Awaited<ReturnType<typeof groupQuotes>>>;
